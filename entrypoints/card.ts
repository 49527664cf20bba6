import { createCardView } from '../src/page/card/card-view';
import { provideCardView } from '../src/page/card/card-view-contract';

// The hover card's code, injected into a frame by the background when the content script
// first needs it (src/page/card/card-loader.ts). It only leaves its factory for the content script.
export default defineUnlistedScript(() => provideCardView(createCardView));
