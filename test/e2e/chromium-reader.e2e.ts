import { describeReader } from './support/reader-suite';
import { launchChromium } from './support/browsers';

describeReader('Chromium', launchChromium);
