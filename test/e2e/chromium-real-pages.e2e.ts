import { describeRealPages } from './support/real-pages-suite';
import { launchChromium } from './support/browsers';

describeRealPages('Chromium', launchChromium);
