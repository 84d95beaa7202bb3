import '@/components/theme.css';
import '@/components/card.css';
import '@/components/popup.css';
import { startPopup } from '@/platform/popup';

void startPopup(document.getElementById('app')!);
