/** An Electron-style event whose default action can be prevented. */
interface FakeEvent {
  url: string;
  defaultPrevented: boolean;
  preventDefault(): void;
}

/** Creates an event as Electron passes to `will-navigate` and friends. */
export function createFakeEvent(url = ''): FakeEvent {
  return {
    url,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}
