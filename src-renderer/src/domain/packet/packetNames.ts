/**
 * "Names to redact" for a packet: the people the finder sees in what the packet shows, with the
 * user's choices applied, and the changes a tick, an untick or "Add a name" make to those choices.
 * Redaction replaces the names ticked by default, minus the ones the user unticked, plus the ones
 * they added or ticked. Pure.
 */
import { findNames, normalizeName, type FoundName } from '../coach/names';
import type { PacketRedaction } from '../types';
import type { AssembledPacket } from './assemblePacket';
import { packetTexts, redactPacket } from './redaction';

/** A name as the packet builder lists it: found (or added), and ticked or not. */
export interface PacketName extends FoundName {
  isTicked: boolean;
}

const noChoices: PacketRedaction = { unticked: [], added: [] };

/** The longest name "Add a name" takes: longer is no one's name. */
export const maximumAddedName = 100;

/**
 * The people named in `assembled` (the packet before any redaction): those of `people` (the
 * journal's People fields and quote attributions) it mentions, the ones the finder sees, and the
 * names the user added. The author's own name is never listed.
 */
export function listPacketNames(
  assembled: AssembledPacket,
  people: readonly string[],
  redaction: PacketRedaction | undefined,
  authorName: string,
): PacketName[] {
  const choices = redaction ?? noChoices;
  const unticked = new Set(choices.unticked.map(normalizeName));
  const added = new Set(choices.added.map(normalizeName));
  const author = normalizeName(authorName);
  return findNames(packetTexts(assembled), { people, added: choices.added, keep: author === '' ? [] : [author] }).map((name) => ({
    ...name,
    isTicked: added.has(name.key) || (name.isTickedByDefault && !unticked.has(name.key)),
  }));
}

/** `assembled` with the ticked names of `names` redacted; an attribution naming an unticked one stays. */
export function redactTickedNames(assembled: AssembledPacket, names: readonly PacketName[]): AssembledPacket {
  return redactPacket(
    assembled,
    names.filter((name) => name.isTicked),
    names.filter((name) => !name.isTicked).map((name) => name.key),
  );
}

function without(list: readonly string[], name: string): string[] {
  return list.filter((item) => normalizeName(item) !== name);
}

/** The choices after ticking (`isTicked`) or unticking one listed name. */
export function setNameTicked(redaction: PacketRedaction | undefined, name: FoundName, isTicked: boolean): PacketRedaction {
  const choices = redaction ?? noChoices;
  const unticked = without(choices.unticked, name.key);
  const added = without(choices.added, name.key);
  if (isTicked && !name.isTickedByDefault) added.push(name.key);
  if (!isTicked && name.isTickedByDefault) unticked.push(name.key);
  return { unticked, added };
}

/** What "Add a name" did: the new choices, or why nothing changed. */
export type AddNameResult = { redaction: PacketRedaction; message: string } | { error: string };

/**
 * The choices after adding `typed` under "Add a name". A name already listed is ticked; a blank,
 * an over-long text, one without a letter, the author's own name or a name already ticked change
 * nothing and say why. An all-lower-case name is capitalised ("dana whitfield" → "Dana Whitfield"),
 * since names are matched as written.
 */
export function addName(
  redaction: PacketRedaction | undefined,
  typed: string,
  listed: readonly PacketName[],
  authorName: string,
): AddNameResult {
  let name = normalizeName(typed);
  if (name === '') return { error: 'Type a name to add.' };
  if (name.length > maximumAddedName) return { error: `A name is at most ${maximumAddedName} characters.` };
  if (!/\p{L}.*\p{L}/u.test(name)) return { error: `“${name}” is not a name: it needs at least two letters.` };
  if (name === name.toLowerCase())
    name = name.replace(/(^|[\s'’-])(\p{Ll})/gu, (_match, before: string, letter: string) => before + letter.toUpperCase());
  if (name === normalizeName(authorName)) return { error: `“${name}” is your own name: the packet keeps it.` };
  const existing = listed.find((item) => item.key === name);
  if (existing?.isTicked) return { error: `“${name}” is already ticked.` };
  if (existing) return { redaction: setNameTicked(redaction, existing, true), message: `Ticked “${name}”.` };
  const choices = redaction ?? noChoices;
  return {
    redaction: { unticked: without(choices.unticked, name), added: [...without(choices.added, name), name] },
    message: `Added “${name}”.`,
  };
}
