import '@/components/theme.css';
import '@/components/card.css';
import '@/components/record.css';
import { startRecord } from '@/platform/record';

void startRecord(document.getElementById('app')!);
