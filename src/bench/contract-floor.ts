/**
 * The contract floor: about the least work any exporter of nkie's output contract must do
 * for documents that are already made, measured by the bench beside bare wink-nlp. Per
 * document: its documents.jsonl line, its entities.csv and relations.csv and events.csv records, and its
 * shares of the entity and event tables; at the end the tables' rows. That is what `nkie run` writes by
 * default (the per-article files are `--formats articles`). No incremental state, no rows
 * records, no extraction: whatever a pipeline adds comes on top, so bare / (bare + floor)
 * bounds the ratio any pipeline writing this contract can reach.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { csvRecord, csvRecords, entityRecords } from '../batch/csv.js';
import { ENTITY_COLUMNS, ENTITY_TABLE_COLUMNS, EntityTable, EVENT_COLUMNS, eventRows, RELATION_COLUMNS, relationRows } from '../export/rows.js';
import { EVENT_TABLE_COLUMNS, EventTable } from '../export/event-table.js';
import type { Document } from '../types.js';

export class ContractFloorWriter {
  private readonly docs: number;
  private readonly entities: number;
  private readonly relations: number;
  private readonly events: number;
  private readonly table = new EntityTable();
  private readonly eventTable = new EventTable();

  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
    this.docs = openSync(join(dir, 'documents.jsonl'), 'w');
    this.entities = openSync(join(dir, 'entities.csv'), 'w');
    this.relations = openSync(join(dir, 'relations.csv'), 'w');
    writeSync(this.entities, ENTITY_COLUMNS.join(','));
    this.events = openSync(join(dir, 'events.csv'), 'w');
    writeSync(this.relations, RELATION_COLUMNS.join(','));
    writeSync(this.events, EVENT_COLUMNS.join(','));
  }

  add(doc: Document): void {
    writeSync(this.docs, JSON.stringify(doc) + '\n');
    writeSync(this.entities, entityRecords(doc, false));
    writeSync(this.relations, csvRecords(relationRows(doc), RELATION_COLUMNS, false));
    writeSync(this.events, csvRecords(eventRows(doc), EVENT_COLUMNS, false));
    this.table.add(doc);
    this.eventTable.add(doc);
  }

  /** Writes the entity and event tables and closes the files. */
  close(): void {
    const lines = [ENTITY_TABLE_COLUMNS.join(','), ...[...this.table.rows()].map((row) => csvRecord(row, ENTITY_TABLE_COLUMNS, false))];
    const fd = openSync(join(this.dir, 'entity-table.csv'), 'w');
    writeSync(fd, lines.join('\n'));
    const eventLines = [EVENT_TABLE_COLUMNS.join(','), ...[...this.eventTable.rows()].map((row) => csvRecord(row, EVENT_TABLE_COLUMNS, false))];
    const eventFd = openSync(join(this.dir, 'event-table.csv'), 'w');
    writeSync(eventFd, eventLines.join('\n'));
    for (const f of [fd, eventFd, this.docs, this.entities, this.relations, this.events]) closeSync(f);
  }
}
