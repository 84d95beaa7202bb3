import { describeExtension } from './support/extension-suite';
import { launchFirefox } from './support/browsers';

describeExtension('Firefox', launchFirefox);
