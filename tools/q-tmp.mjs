import pg from 'pg';
const c = new pg.Client('postgres://jiyn:jiyn@127.0.0.1:54329/jiyn'); await c.connect();
for (const q of process.argv.slice(2)) console.log(JSON.stringify((await c.query(q)).rows));
await c.end();
