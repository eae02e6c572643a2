import { useState, type RefObject } from 'react';
import { usePendingCommand } from '../../appCommands';
import { readAttachment } from '../../db/attachmentsRepository';
import { db } from '../../db/database';
import { todayLocalDate } from '../../domain/dates';
import type { AssembledPacket } from '../../domain/packet/assemblePacket';
import { documentPropertyText, packetDocumentTitle } from '../../domain/packet/packet';
import { packetToMarkdown } from '../../domain/packet/packetMarkdown';
import type { Packet } from '../../domain/types';
import { desktop } from '../../platform/desktop';
import { docxPictures } from './docxPictures';
import { htmlWithEmbeddedImages, packetFileName, pageStyles, standaloneHtml } from './packetFiles';
import { drawScopeChartPng } from './scopeChartPng';

type Status = { tone: 'working' | 'done' | 'error'; message: string } | null;

interface PacketExportBarProps {
  packet: Packet;
  assembled: AssembledPacket;
  /** The rendered preview, which the HTML export copies. */
  previewRef: RefObject<HTMLDivElement | null>;
  /** Writes pending edits before an export reads the packet back from the database. */
  flush: () => Promise<void>;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A stored file by hash, for the exports that embed the appendix's images; undefined when it is not on this computer. */
async function readImage(hash: string): Promise<Blob | undefined> {
  return (await readAttachment(db, hash))?.blob;
}

function kilobytes(bytes: number): string {
  return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('en-US')} KB`;
}

/** Export PDF (printed by the desktop from the print view), DOCX, Markdown and one HTML file. */
export function PacketExportBar({ packet, assembled, previewRef, flush }: PacketExportBarProps) {
  const [status, setStatus] = useState<Status>(null);
  const today = todayLocalDate();
  const isWorking = status?.tone === 'working';

  async function run(working: string, action: () => Promise<string | null>) {
    setStatus({ tone: 'working', message: working });
    try {
      const done = await action();
      setStatus(done ? { tone: 'done', message: done } : null);
    } catch (error) {
      setStatus({ tone: 'error', message: message(error) });
    }
  }

  const exportPdf = () =>
    run('Exporting PDF… rendering the packet for print.', async () => {
      await flush();
      const result = await desktop.exportPacketPdf({
        packetId: packet.id,
        suggestedName: packetFileName(packet.title, today, 'pdf'),
        pageSize: packet.options.pageSize,
        title: packetDocumentTitle(assembled.title),
        author: documentPropertyText(packet.authorName),
      });
      if (result.status === 'saved') return `Saved the PDF to ${result.filePath} (${kilobytes(result.bytes)}).`;
      if (result.status === 'sent-to-print-dialog') return 'Opened the print view: choose “Save as PDF” in the print dialog.';
      return null;
    });

  // File › Export packet as PDF in the menu: the packet shown here.
  usePendingCommand('export-packet-pdf', () => void exportPdf(), !isWorking);

  const exportText = (kind: 'md' | 'html') =>
    run(`Exporting ${kind === 'md' ? 'Markdown' : 'HTML'}…`, async () => {
      const isMarkdown = kind === 'md';
      const preview = previewRef.current;
      const contents = isMarkdown
        ? packetToMarkdown(assembled)
        : standaloneHtml(assembled.title, preview ? await htmlWithEmbeddedImages(preview, readImage) : '', pageStyles());
      const result = await desktop.saveTextFile({
        title: isMarkdown ? 'Export Markdown' : 'Export HTML',
        suggestedName: packetFileName(packet.title, today, kind),
        filters: [isMarkdown ? { name: 'Markdown', extensions: ['md'] } : { name: 'HTML', extensions: ['html'] }],
        contents,
      });
      return result.status === 'saved' ? `Saved ${isMarkdown ? 'the Markdown' : 'the HTML file'} to ${result.filePath}.` : null;
    });

  const exportDocx = () =>
    run('Exporting DOCX…', async () => {
      // Built here from the same assembled (and, with "Redact people", redacted) packet as the
      // preview; the DOCX module is loaded with the first export, never at start.
      const [{ packetToDocx }, chart, pictures] = await Promise.all([
        import('../../domain/packet/packetDocx'),
        drawScopeChartPng(assembled.scopeRows),
        docxPictures(assembled, readImage),
      ]);
      const bytes = await packetToDocx(assembled, { pageSize: packet.options.pageSize, chart, pictures });
      const result = await desktop.saveFile({
        title: 'Export DOCX',
        suggestedName: packetFileName(packet.title, today, 'docx'),
        filters: [{ name: 'Word document', extensions: ['docx'] }],
        bytes,
      });
      return result.status === 'saved' ? `Saved the DOCX to ${result.filePath} (${kilobytes(result.bytes)}).` : null;
    });

  return (
    <div className="packet-export">
      <div className="button-row">
        <button type="button" className="primary" disabled={isWorking} onClick={() => void exportPdf()}>
          Export PDF
        </button>
        <button type="button" disabled={isWorking} onClick={() => void exportDocx()}>
          Export DOCX
        </button>
        <button type="button" disabled={isWorking} onClick={() => void exportText('md')}>
          Export Markdown
        </button>
        <button type="button" disabled={isWorking} onClick={() => void exportText('html')}>
          Export HTML
        </button>
      </div>
      {status && (
        <p role={status.tone === 'error' ? 'alert' : 'status'} className={`packet-export-status ${status.tone}`} aria-busy={isWorking}>
          {status.message}
        </p>
      )}
    </div>
  );
}
