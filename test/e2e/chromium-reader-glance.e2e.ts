import { describeGlance } from './support/glance-suite';
import { launchChromium } from './support/browsers';

describeGlance('Chromium', launchChromium);
