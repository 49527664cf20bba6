/**
 * Preact runs effects after the next paint: a requestAnimationFrame raced against a 35 ms timer,
 * which then calls cancelAnimationFrame. When a file's last render leaves effects pending, the
 * timer can fire after vitest has removed jsdom's globals, and that call throws an unhandled
 * ReferenceError that fails the run (seen on a loaded machine). jsdom paints nothing, so the
 * DOM tests run effects on the next task instead, which needs no animation-frame global.
 */
import { options } from 'preact';

options.requestAnimationFrame = (flush) => void setTimeout(flush);
