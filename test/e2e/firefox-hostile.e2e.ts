import { describeHostile } from './support/hostile-suite';
import { launchFirefox } from './support/browsers';

describeHostile('Firefox', launchFirefox);
