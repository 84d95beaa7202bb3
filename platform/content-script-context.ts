// Stands in for WXT's ContentScriptContext (wxt.config.ts aliases it), so that nothing a page can do reaches
// the content script. WXT's own posts `<extension id>:content:wxt:content-script-started` to the page and
// stops the script when that event comes back, and it listens for a page-dispatchable `wxt:locationchange`:
// a page could learn our id and stop or reset us at will. This one talks to no one: it is invalidated only
// when the extension itself goes away (reloaded or removed), which the page cannot cause.

/**
 * The browser's own extension API, without webextension-polyfill: the first stage runs on every page and
 * needs only `runtime`, whose messaging both browsers give with promises in Manifest V3.
 */
export interface RuntimeApi {
  runtime: {
    id?: string;
    getURL(path: string): string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: {
      addListener(listener: (message: unknown, sender: unknown, sendResponse: (response: unknown) => void) => boolean | undefined): void;
      removeListener(listener: (message: unknown, sender: unknown, sendResponse: (response: unknown) => void) => boolean | undefined): void;
    };
  };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
}

export function runtimeApi(): RuntimeApi {
  const g = globalThis as { browser?: RuntimeApi; chrome?: RuntimeApi };
  return (g.browser?.runtime ? g.browser : g.chrome) as RuntimeApi;
}

export class ContentScriptContext {
  private readonly controller = new AbortController();

  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** True once the extension is gone: its API then has no id. */
  get isInvalid(): boolean {
    if (!this.signal.aborted && runtimeApi()?.runtime?.id == null) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
  }

  /** A listener that lives exactly as long as the content script. */
  addEventListener<T extends EventTarget>(target: T, type: string, handler: EventListener, options?: AddEventListenerOptions): void {
    target.addEventListener(type, handler, { ...options, signal: this.signal });
  }

  notifyInvalidated(): void {
    this.controller.abort();
  }
}
