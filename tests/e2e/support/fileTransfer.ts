import type { JSHandle, Locator, Page } from '@playwright/test';

/** A file to hand to the page, as a drop or a paste would. */
export interface TransferFile {
  name: string;
  type: string;
  bytes: Uint8Array;
}

/** A `DataTransfer` in the page holding `files` (and `text`, as text/plain), as the browser builds one for a drop or a paste. */
export async function dataTransferOf(page: Page, files: TransferFile[], text?: string): Promise<JSHandle<DataTransfer>> {
  const encoded = files.map((file) => ({ name: file.name, type: file.type, base64: Buffer.from(file.bytes).toString('base64') }));
  return page.evaluateHandle(
    ({ encoded, text }) => {
      const transfer = new DataTransfer();
      for (const file of encoded) {
        const bytes = Uint8Array.from(atob(file.base64), (character) => character.charCodeAt(0));
        transfer.items.add(new File([bytes], file.name, { type: file.type }));
      }
      if (text !== undefined) transfer.setData('text/plain', text);
      return transfer;
    },
    { encoded, text },
  );
}

/** Pastes into `target` what `transfer` holds; returns whether the page took the paste over (prevented the browser's own). */
export async function paste(target: Locator, transfer: JSHandle<DataTransfer>): Promise<boolean> {
  return target.evaluate((element, clipboardData) => {
    const event = new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true });
    element.dispatchEvent(event);
    return event.defaultPrevented;
  }, transfer);
}

/** Drags what `transfer` holds over `target` and drops it there. */
export async function drop(target: Locator, transfer: JSHandle<DataTransfer>): Promise<void> {
  for (const type of ['dragenter', 'dragover', 'drop']) await target.dispatchEvent(type, { dataTransfer: transfer });
}

/** A PNG of `width` × `height` pixels (a blue-to-orange gradient) made by the page's own encoder. */
export async function pngMadeInPage(page: Page, width: number, height: number): Promise<Uint8Array> {
  const base64 = await page.evaluate(
    async ({ width, height }) => {
      const canvas = new OffscreenCanvas(width, height);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('No 2D canvas');
      const gradient = context.createLinearGradient(0, 0, width, height);
      gradient.addColorStop(0, '#2f5fb3');
      gradient.addColorStop(1, '#f4a27a');
      context.fillStyle = gradient;
      context.fillRect(0, 0, width, height);
      const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
      let binary = '';
      for (const byte of bytes) binary += String.fromCharCode(byte);
      return btoa(binary);
    },
    { width, height },
  );
  return Uint8Array.from(Buffer.from(base64, 'base64'));
}
