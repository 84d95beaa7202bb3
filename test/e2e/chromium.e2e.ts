import { describeExtension } from './support/extension-suite';
import { launchChromium } from './support/browsers';

describeExtension('Chromium', launchChromium);
