import { describeStages } from './support/stages-suite';
import { launchFirefox } from './support/browsers';

describeStages('Firefox', launchFirefox);
