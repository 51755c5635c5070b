import { defineConfig } from 'drizzle-kit';

// drizzle-kit 0.31: `npm run db:generate` writes SQL migrations from src/db/schema.ts into migrations/.
// The FTS5 tables are a custom migration (`drizzle-kit generate --custom`), since Drizzle cannot express them.
export default defineConfig({
  dialect: 'sqlite',
  schema: './src/db/schema.ts',
  out: './migrations',
  dbCredentials: { url: process.env.DATABASE_PATH ?? 'data/ledger.db' },
  strict: true,
  verbose: true,
});
