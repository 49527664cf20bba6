/**
 * The background's record of what each tab's frames reported, for the badge and
 * the popup. Kept in storage.session so a restarted service worker still knows
 * (and so nothing outlives the browser session). Each change is returned to the caller,
 * which tells an open popup (the tabReportChanged message).
 */
import { browser } from 'wxt/browser';
import type { FrameReport, TabReport } from '../messaging/protocol';

const key = (tabId: number) => `tab-report:${tabId}`;
type Stored = Record<string, FrameReport>;

// storage.session exists in Chrome MV3 and Firefox 115+; fall back to memory elsewhere.
const memory = new Map<string, Stored>();
const session = (browser.storage as { session?: typeof browser.storage.local }).session;

async function load(tabId: number): Promise<Stored> {
  if (!session) return memory.get(key(tabId)) ?? {};
  const got = await session.get(key(tabId));
  return (got[key(tabId)] as Stored | undefined) ?? {};
}

async function save(tabId: number, frames: Stored): Promise<void> {
  if (!session) memory.set(key(tabId), frames);
  else await session.set({ [key(tabId)]: frames });
}

export function summarize(tabId: number, frames: Stored): TabReport {
  const list = Object.entries(frames).map(([frameId, r]) => ({ ...r, frameId: Number(frameId) }));
  list.sort((a, b) => a.frameId - b.frameId);
  return { tabId, frames: list, total: list.reduce((n, f) => n + f.mentions.length, 0) };
}

// Every frame of a page reports shortly after load, so reports arrive together, and each
// is a read-modify-write of the tab's record: run concurrently, the last write would drop
// the other frames (the badge then undercounts). One change at a time per tab.
const pending = new Map<number, Promise<unknown>>();

function oneAtATime<T>(tabId: number, change: () => Promise<T>): Promise<T> {
  const run = (pending.get(tabId) ?? Promise.resolve()).catch(() => undefined).then(change);
  pending.set(tabId, run);
  const done = () => {
    if (pending.get(tabId) === run) pending.delete(tabId);
  };
  run.then(done, done);
  return run;
}

export function recordFrame(tabId: number, frameId: number, report: FrameReport): Promise<TabReport> {
  return oneAtATime(tabId, async () => {
    const frames = await load(tabId);
    // A new page in the top frame starts the tab afresh.
    const next: Stored = frameId === 0 && frames['0'] && frames['0'].url !== report.url ? {} : frames;
    next[String(frameId)] = report;
    await save(tabId, next);
    return summarize(tabId, next);
  });
}

export async function getTabReport(tabId: number): Promise<TabReport> {
  return summarize(tabId, await load(tabId));
}

/** Forgets a tab's record; resolves to the now empty report. */
export function forgetTab(tabId: number): Promise<TabReport> {
  return oneAtATime(tabId, async () => {
    if (!session) memory.delete(key(tabId));
    else await session.remove(key(tabId));
    return summarize(tabId, {});
  });
}

