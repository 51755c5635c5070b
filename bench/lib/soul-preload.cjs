/**
 * Loaded with `node --require` before Soul (the peer the benchmark compares with, see soul-peer.ts), so that it
 * serves the benchmark's database file as it is, and only on loopback:
 *
 * - Soul opens its database read-write and runs `PRAGMA journal_mode = WAL` at start, which rewrites the file's
 *   header (and would leave -wal/-shm files beside a database the API opens read-only). Here its better-sqlite3
 *   opens the file read-only and that one pragma is skipped; every query Soul runs for a GET is unchanged.
 * - Soul listens on every interface; here a listen on a bare port binds 127.0.0.1.
 */
const Module = require('node:module');
const http = require('node:http');

const realLoad = Module._load;
Module._load = function load(request, parent, isMain) {
  const loaded = realLoad.call(this, request, parent, isMain);
  if (request !== 'better-sqlite3') return loaded;
  return function ReadOnlyDatabase(filename, options) {
    const db = new loaded(filename, { ...options, readonly: true, fileMustExist: true });
    const exec = db.exec.bind(db);
    db.exec = (sql) => (/^\s*PRAGMA\s+journal_mode\s*=\s*WAL\s*;?\s*$/i.test(sql) ? db : exec(sql));
    return db;
  };
};

const realListen = http.Server.prototype.listen;
http.Server.prototype.listen = function listen(port, ...rest) {
  if (typeof port === 'number' || (typeof port === 'string' && /^\d+$/.test(port))) {
    const callback = rest.find((r) => typeof r === 'function');
    return realListen.call(this, Number(port), '127.0.0.1', callback);
  }
  return realListen.call(this, port, ...rest);
};
