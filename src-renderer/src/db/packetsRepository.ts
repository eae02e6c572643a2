import type { ScopeJournalDatabase } from './database';
import type { Packet } from '../domain/types';

/** Every saved packet, the most recently changed first. */
export async function listPackets(database: ScopeJournalDatabase): Promise<Packet[]> {
  const packets = await database.packets.orderBy('updatedAt').reverse().toArray();
  return [...packets];
}

/** Adds or replaces a packet (also how an Undo puts a deleted one back). */
export async function savePacket(database: ScopeJournalDatabase, packet: Packet, now: Date = new Date()): Promise<Packet> {
  const saved: Packet = { ...packet, updatedAt: now.toISOString() };
  await database.packets.put(saved);
  return saved;
}

/** Deletes a packet and returns it, so the caller can offer Undo. Its entries are untouched. */
export async function deletePacket(database: ScopeJournalDatabase, id: string): Promise<Packet | undefined> {
  return database.transaction('rw', database.packets, async () => {
    const packet = await database.packets.get(id);
    if (packet) await database.packets.delete(id);
    return packet;
  });
}
