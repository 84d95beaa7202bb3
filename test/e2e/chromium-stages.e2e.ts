import { describeStages } from './support/stages-suite';
import { launchChromium } from './support/browsers';

describeStages('Chromium', launchChromium);
