# syntax=docker/dockerfile:1
# syncerror's image: one bot process, the same program `npm start` runs (bin/syncerror.js), built
# from this folder. Build: docker build -t syncerror .   Run: see README.md, "Deploying".

# --- build: compiles the TypeScript into dist/ (needs the dev dependencies: tsc) ---------------
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: compiling needs no install script, and the image's npm (10) does not read
# package.json's allowScripts; `prepare` (the build) runs below, once the sources are here.
RUN npm ci --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY bench ./bench
RUN npm run build

# --- final: production dependencies only, the compiled program, a non-root user ----------------
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
# npm ci --omit=dev installs no dev dependency, so no tsc: --ignore-scripts skips `prepare` (dist/
# comes from the build stage) and every dependency's install script, as allowScripts denies them
# all but better-sqlite3's (npm 10 would run them all). Then only better-sqlite3 builds its native
# module: prebuild-install fetches the prebuilt binary for this Node and glibc, or node-gyp compiles
# it with the compilers installed for this step and removed in the same layer, so the image keeps
# no compiler and no npm cache.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && npm ci --omit=dev --ignore-scripts \
 && npm rebuild better-sqlite3 \
 && node -e "new (require('better-sqlite3'))(':memory:').close()" \
 && apt-get purge -y --auto-remove python3 make g++ \
 && rm -rf /var/lib/apt/lists/* /root/.npm /root/.cache
COPY bin ./bin
COPY --from=build /app/dist/src ./dist/src

# The SQLite store lives on a volume the bot's user owns; the program's files stay root's, read-only
# to it.
ENV DATABASE_PATH=/data/syncerror.db
RUN mkdir /data && chown node:node /data
VOLUME /data
USER node

# HTTP mode serves /slack/events and /healthz on PORT (default 3000). Socket Mode needs no port.
EXPOSE 3000
# No curl in the slim image: Node itself asks /healthz (503 while the bot waits for Slack).
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]

# What `npm start` runs after its build step (package.json's "start"), without npm in between so
# the bot gets the stop signal itself.
CMD ["node", "bin/syncerror.js"]
