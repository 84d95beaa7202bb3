import { describeReader } from './support/reader-suite';
import { launchFirefox } from './support/browsers';

describeReader('Firefox', launchFirefox);
