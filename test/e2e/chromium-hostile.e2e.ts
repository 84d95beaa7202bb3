import { describeHostile } from './support/hostile-suite';
import { launchChromium } from './support/browsers';

describeHostile('Chromium', launchChromium);
