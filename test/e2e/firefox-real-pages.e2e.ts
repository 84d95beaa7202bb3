import { describeRealPages } from './support/real-pages-suite';
import { launchFirefox } from './support/browsers';

describeRealPages('Firefox', launchFirefox);
