/**
 * The record of what was sent (src/domain/review/sent-record.ts), in the document's properties:
 * the JSON split over "sentRecord.0", "sentRecord.1"… (each value at most 9 KB,
 * https://developers.google.com/apps-script/guides/services/quotas), read in one getProperties
 * (or taken from the execution's snapshot of them) and written in one setProperties (all or
 * nothing), stale pieces deleted after.
 */
import {
  parseSentRecord,
  pruneSentRecord,
  type SentRecord,
  sentRecordChunks,
  serializeSentRecord,
} from "../domain/review/sent-record";
import { type PropertySnapshot, readDocumentProperties } from "./document-properties";

const PREFIX = "sentRecord.";

export interface StoredSentRecord {
  record: SentRecord;
  /** Pieces found in the store (so a shorter record deletes the rest). */
  chunks: number;
  /** False when the store held no record (the first run, or one made before the record). */
  found: boolean;
}

/** @param all the document's properties, when already read (else one read of its own) */
export function readSentRecord(all: PropertySnapshot = readDocumentProperties()): StoredSentRecord {
  const pieces: string[] = [];
  while (typeof all[`${PREFIX}${pieces.length}`] === "string") {
    pieces.push(all[`${PREFIX}${pieces.length}`] as string);
  }
  return {
    record: parseSentRecord(pieces.join("")),
    chunks: pieces.length,
    found: pieces.length > 0,
  };
}

/** Prunes and writes the record; returns the number of pieces now stored. */
export function writeSentRecord(record: SentRecord, previousChunks: number): number {
  const chunks = sentRecordChunks(serializeSentRecord(pruneSentRecord(record)));
  const store = PropertiesService.getDocumentProperties();
  store.setProperties(Object.fromEntries(chunks.map((c, i) => [`${PREFIX}${i}`, c])));
  for (let i = chunks.length; i < previousChunks; i++) store.deleteProperty(`${PREFIX}${i}`);
  return chunks.length;
}
