import { render } from 'preact';
import '../../src/ui/popup/shell/popup.css';
import { App } from './App';

const root = document.getElementById('app');
if (root) render(<App />, root);
