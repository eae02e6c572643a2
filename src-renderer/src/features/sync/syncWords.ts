import type { SyncDeviceListing } from '../../../../src-main/shared/contract';
import { counted } from '../../domain/counted';
import type { SyncReport } from './runSync';

/** The status line after a sync: when, what moved, what waits. */
export function describeSyncReport(report: SyncReport, format: (instant: string) => string): string {
  const parts = [`Last synced ${format(report.finishedAt)}`];
  const moved: string[] = [];
  if (report.received > 0) moved.push(`${counted(report.received, 'change', 'changes')} received`);
  if (report.sent > 0) moved.push(`${counted(report.sent, 'change', 'changes')} sent`);
  if (report.filesReceived > 0) moved.push(`${counted(report.filesReceived, 'file', 'files')} received`);
  if (report.filesSent > 0) moved.push(`${counted(report.filesSent, 'file', 'files')} sent`);
  parts.push(moved.length > 0 ? moved.join(', ') : 'nothing new');
  if (report.waiting > 0) parts.push(`${counted(report.waiting, 'file', 'files')} still arriving in the folder, to read next time`);
  if (report.revived.length > 0) {
    parts.push(
      `${counted(report.revived.length, 'record', 'records')} deleted here came back, because another computer edited it after the deletion`,
    );
  }
  if (report.snapshotTaken) parts.push('a safety snapshot was taken first (Data › Safety snapshots)');
  return `${parts.join(' · ')}.`;
}

/** One computer of the folder, for the list under the status line. */
export function deviceActivity(device: SyncDeviceListing, format: (instant: string) => string): string {
  const name = device.info?.name ?? 'A computer whose details cannot be read yet';
  const self = device.isThisComputer ? ' (this computer)' : '';
  if (device.info === null) return `${name}${self}`;
  const state = device.info.hasLeft ? 'removed from sync' : `last active ${format(device.info.lastActivityAt)}`;
  return `${name}${self}: ${state}`;
}
