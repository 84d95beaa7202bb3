import '@/components/theme.css';
import '@/components/card.css';
import '@/components/options.css';
import { startOptions } from '@/platform/options';

void startOptions(document.getElementById('app')!);
