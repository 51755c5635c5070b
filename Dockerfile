# Aleppo Ledger: the API with its database baked in. The data is immutable, so the image is the published
# artefact: any number of identical containers can serve it, and none of them needs a writable disk.
#
#   docker build -t aleppo-ledger .
#   docker run --rm -p 3000:3000 --read-only aleppo-ledger
#
# Two stages on the same base (a current Node LTS on Debian bookworm, slim): `build` has the C++ toolchain that
# better-sqlite3 compiles with, the dev dependencies, the TypeScript sources and seed/; `runtime` gets only the
# compiled server, the production node_modules, the migrations (the server checks the database's schema version
# against migrations/meta/_journal.json) and the finished database.

FROM node:22-bookworm-slim AS build

# better-sqlite3 falls back to node-gyp when no prebuilt binary can be had (as on machines without GitHub).
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app
# Node's own headers ship in the image: node-gyp builds against them instead of downloading a tarball.
ENV npm_config_nodedir=/usr/local \
    npm_config_update_notifier=false \
    npm_config_fund=false \
    npm_config_audit=false

# Dependencies first, so that a change to the sources does not recompile better-sqlite3.
COPY package.json package-lock.json ./
RUN npm ci

COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY migrations ./migrations
COPY seed ./seed
RUN npm run build

# Build the database from seed/ now: the image carries the data, so the server never seeds at run time.
RUN DATABASE_PATH=/app/data/ledger.db node dist/seed/cli.js

# Production dependencies only; of better-sqlite3 only the compiled addon (its SQLite and C++ sources and object
# files are about 25 MB); and none of the type declarations, source maps and Markdown that packages ship (another
# 25 MB or so): nothing loads them at run time.
RUN npm prune --omit=dev \
 && find node_modules -type f \( -name '*.ts' -o -name '*.cts' -o -name '*.mts' -o -name '*.map' -o -iname '*.md' \) -delete \
 && cd node_modules/better-sqlite3 \
 && mv build/Release/better_sqlite3.node /tmp/ \
 && rm -rf build deps src binding.gyp \
 && mkdir -p build/Release \
 && mv /tmp/better_sqlite3.node build/Release/ \
 && strip --strip-unneeded build/Release/better_sqlite3.node \
 && cd /app

# What is left must still serve: build the app from dist/ with the pruned node_modules and ask it /readyz.
RUN node --input-type=module -e " \
  const { buildApp } = await import('/app/dist/app.js'); \
  const { loadConfig } = await import('/app/dist/config.js'); \
  const app = await buildApp(loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'warn', DATABASE_PATH: '/app/data/ledger.db' })); \
  const reply = await app.inject('/readyz'); \
  await app.close(); \
  if (reply.statusCode !== 200) { console.error(reply.body); process.exit(1); }"


FROM node:22-bookworm-slim AS runtime

ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATABASE_PATH=/app/data/ledger.db \
    SEED_IF_MISSING=false

WORKDIR /app
# Everything is owned by root and read-only to the `node` user the server runs as: nothing in the image can be
# changed by the process serving it. The database is opened read-only (journal_mode DELETE, so SQLite needs no
# write access to data/ either).
# package.json carries "type": "module", which dist/*.js need.
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/migrations ./migrations
COPY --from=build --chmod=0444 /app/data/ledger.db ./data/ledger.db

USER node
EXPOSE 3000

# No curl in slim images: node itself asks /readyz (database open, schema current, data loaded).
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]

# Exec form, node directly (no npm, no shell): SIGTERM reaches the server, which drains and exits 0.
CMD ["node", "dist/server.js"]
