import { render } from 'preact';
import '../../src/ui/popup/shell/popup.css';
import '../../src/ui/options/options.css';
import { App } from './App';

const root = document.getElementById('app');
if (root) render(<App />, root);
