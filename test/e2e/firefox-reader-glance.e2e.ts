import { describeGlance } from './support/glance-suite';
import { launchFirefox } from './support/browsers';

describeGlance('Firefox', launchFirefox);
