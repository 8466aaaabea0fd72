// The bodies of applyFull and applyDelta. Both run inside one transaction opened by CatalogueRepo:
// they validate each record as they go (so a 10,000-item snapshot is never held twice), write only
// what changed (a hash of each record as received), and throw Refused at the end if anything was
// invalid, which rolls the whole transaction back. Otherwise finish() writes the search index
// entries of the new rows, one index after the other (CatalogueWriter.writeIndex), before the commit.
import type { ServiceItem } from '../../domain/catalogue.ts';
import type { ApplyStats, CatalogueDelta, CatalogueSnapshot, StoredForm } from './catalogue-types.ts';
import type { Validator } from './catalogue-validate.ts';
import { contentHash, type CatalogueWriter, type Stored } from './catalogue-writer.ts';
import { itemTerms, TermIndexer } from './search-terms.ts';

/** Thrown inside the transaction to roll it back; turned into a value by the repo. */
export class Refused extends Error {
  override name = 'Refused';
}

export interface ApplyContext {
  readonly writer: CatalogueWriter;
  readonly validator: Validator;
  readonly now: number;
}

interface Counts {
  inserted: number;
  updated: number;
  unchanged: number;
  deleted: number;
}

/** The record as received, as JSON (null if it cannot be: validation will say why). */
function receivedJson(raw: unknown): string | null {
  try {
    const json: unknown = JSON.stringify(raw);
    return typeof json === 'string' ? json : null;
  } catch {
    return null;
  }
}

function idOf(raw: unknown): string | null {
  const id: unknown = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : null;
}

/**
 * One incoming item. Stored rows carry the hash of the validated record's JSON. A platform that sends
 * records as its schema outputs them (ours does) sends exactly that JSON, so an unchanged item costs
 * one JSON.stringify and one hash: no validation, no pinyin, no write. Anything else is validated and,
 * unless anything in this apply was invalid, written when its content differs from the stored row.
 */
function applyItem(
  ctx: ApplyContext,
  indexer: TermIndexer,
  raw: unknown,
  index: number,
  seen: Set<string>,
  storedOf: (id: string) => Stored | null | undefined,
  n: Counts,
): void {
  const v = ctx.validator;
  const rawId = idOf(raw);
  const before = rawId === null ? undefined : storedOf(rawId);
  if (rawId !== null && before) {
    const received = receivedJson(raw);
    if (received !== null && contentHash(received) === before.hash) {
      if (!v.duplicate(seen, rawId, 'item', index)) n.unchanged++;
      return;
    }
  }
  const r = v.item(raw, index);
  if (!r.ok || v.duplicate(seen, r.value.id, 'item', index) || v.failed) return;
  const item: ServiceItem = r.value;
  const json = JSON.stringify(item);
  const hash = contentHash(json);
  const stored = item.id === rawId ? before : storedOf(item.id);
  if (stored && stored.hash === hash) {
    n.unchanged++;
  } else if (stored) {
    ctx.writer.updateItem(stored.no, item, json, hash, itemTerms(item, indexer));
    n.updated++;
  } else {
    ctx.writer.insertItem(item, json, hash, itemTerms(item, indexer));
    n.inserted++;
  }
}

function writeForms(ctx: ApplyContext, forms: readonly StoredForm[], stored: (id: string) => string | null): Set<string> {
  const seen = new Set<string>();
  forms.forEach((raw, index) => {
    const r = ctx.validator.form(raw, index);
    if (!r.ok || ctx.validator.duplicate(seen, r.value.id, 'form', index) || ctx.validator.failed) return;
    const json = JSON.stringify(r.value);
    const hash = contentHash(json);
    if (stored(r.value.id) !== hash) ctx.writer.putForm(r.value, json, hash);
  });
  return seen;
}

function finish(ctx: ApplyContext, version: number, n: Counts): ApplyStats {
  if (ctx.validator.failed) throw new Refused();
  ctx.writer.writeIndex();
  ctx.writer.setState(version, ctx.now);
  return { version, ...n };
}

export function applyFullIn(ctx: ApplyContext, snapshot: CatalogueSnapshot, rebuild: boolean): ApplyStats {
  const { writer, validator: v } = ctx;
  if (!Number.isInteger(snapshot.version) || snapshot.version < 0) {
    v.add({ kind: 'delta', index: 0, id: null, path: 'version', message: `version ${String(snapshot.version)} is not a non-negative integer` });
  }
  if (rebuild) writer.clearItems();
  const stored = rebuild ? new Map<string, Stored>() : writer.storedItems();
  const indexer = new TermIndexer();
  const n: Counts = { inserted: 0, updated: 0, unchanged: 0, deleted: 0 };
  const seen = new Set<string>();
  snapshot.items.forEach((raw, index) => applyItem(ctx, indexer, raw, index, seen, (id) => stored.get(id), n));
  for (const [id, s] of stored) {
    if (!seen.has(id)) {
      writer.deleteItem(s.no, id);
      n.deleted++;
    }
  }

  writer.clearDepartments();
  const depts = new Set<string>();
  snapshot.departments.forEach((raw, index) => {
    const r = v.department(raw, index);
    if (r.ok && !v.duplicate(depts, r.value.code, 'department', index)) writer.putDepartment(r.value);
  });
  writer.clearThemes();
  const themes = new Set<string>();
  snapshot.themes.forEach((raw, index) => {
    const r = v.theme(raw, index);
    if (r.ok && !v.duplicate(themes, r.value.code, 'theme', index)) writer.putTheme(r.value);
  });
  if (snapshot.forms) {
    const storedForms = writer.storedForms();
    const kept = writeForms(ctx, snapshot.forms, (id) => storedForms.get(id) ?? null);
    for (const id of storedForms.keys()) if (!kept.has(id)) writer.deleteForm(id);
  }
  return finish(ctx, snapshot.version, n);
}

/** Returns the stored version instead when `fromVersion` is not it (nothing is written then). */
export function applyDeltaIn(ctx: ApplyContext, delta: CatalogueDelta): ApplyStats | { readonly stored: number | null } {
  const { writer, validator: v } = ctx;
  const stored = writer.state()?.version ?? null;
  if (stored !== delta.fromVersion) return { stored };
  if (!Number.isInteger(delta.toVersion) || delta.toVersion < delta.fromVersion) {
    v.add({ kind: 'delta', index: 0, id: null, path: 'toVersion', message: `toVersion ${String(delta.toVersion)} is before fromVersion ${delta.fromVersion}` });
  }
  const { upserts: up, deletions: del } = delta;
  const conflict = (kind: 'item' | 'department' | 'theme' | 'form', ids: readonly string[] | undefined, keys: Set<string>): void =>
    ids?.forEach((id, index) => {
      if (keys.has(id)) v.add({ kind, index, id, path: '', message: `"${id}" is both changed and deleted in the same delta` });
    });

  const indexer = new TermIndexer();
  const n: Counts = { inserted: 0, updated: 0, unchanged: 0, deleted: 0 };
  const items = new Set<string>();
  (up.items ?? []).forEach((raw, index) => applyItem(ctx, indexer, raw, index, items, (id) => writer.storedItem(id), n));
  conflict('item', del.items, items);
  for (const id of del.items ?? []) {
    const s = writer.storedItem(id);
    if (s && !items.has(id)) {
      writer.deleteItem(s.no, id);
      n.deleted++;
    }
  }

  const depts = new Set<string>();
  (up.departments ?? []).forEach((raw, index) => {
    const r = v.department(raw, index);
    if (r.ok && !v.duplicate(depts, r.value.code, 'department', index)) writer.putDepartment(r.value);
  });
  conflict('department', del.departments, depts);
  for (const code of del.departments ?? []) writer.deleteDepartment(code);

  const themes = new Set<string>();
  (up.themes ?? []).forEach((raw, index) => {
    const r = v.theme(raw, index);
    if (r.ok && !v.duplicate(themes, r.value.code, 'theme', index)) writer.putTheme(r.value);
  });
  conflict('theme', del.themes, themes);
  for (const code of del.themes ?? []) writer.deleteTheme(code);

  const forms = writeForms(ctx, up.forms ?? [], (id) => writer.storedFormHash(id));
  conflict('form', del.forms, forms);
  for (const id of del.forms ?? []) writer.deleteForm(id);
  return finish(ctx, delta.toVersion, n);
}

/** Forms on their own: the whole set (`full`: others are dropped) or changes and deletions. */
export function applyFormsIn(ctx: ApplyContext, forms: readonly StoredForm[], deleted: readonly string[], full: boolean): number {
  const { writer } = ctx;
  const stored = writer.storedForms();
  const kept = writeForms(ctx, forms, (id) => stored.get(id) ?? null);
  const gone = full ? [...stored.keys()].filter((id) => !kept.has(id)) : deleted.filter((id) => !kept.has(id));
  for (const id of gone) writer.deleteForm(id);
  if (ctx.validator.failed) throw new Refused();
  return kept.size + gone.length;
}
