# Kindred: one image for the API, which also serves the built web app.
# Stages: build (everything, `npm ci` + the README's `npm run build`), deps (production
# dependencies only), runtime (node user, built output + production node_modules).
# test/container/container.spec.ts checks these commands against the README and
# package.json, and (with KINDRED_CONTAINER_BUILD=1) runs them in a clean copy.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY libs/content/package.json libs/content/
COPY libs/session/package.json libs/session/
RUN npm ci --no-audit --no-fund
COPY . .
ENV NX_DAEMON=false NX_NO_CLOUD=true
RUN npm run build

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY libs/content/package.json libs/content/
COPY libs/session/package.json libs/session/
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 KINDRED_DATA_DIR=/data
WORKDIR /app
COPY --from=deps /app/node_modules node_modules
COPY --from=build /app/package.json ./
COPY --from=build /app/bin bin
COPY --from=build /app/libs/content/package.json libs/content/
COPY --from=build /app/libs/content/dist libs/content/dist
COPY --from=build /app/libs/session/package.json libs/session/
COPY --from=build /app/libs/session/dist libs/session/dist
COPY --from=build /app/apps/api/package.json apps/api/
COPY --from=build /app/apps/api/dist apps/api/dist
COPY --from=build /app/apps/web/dist apps/web/dist
# The embedded database (when no DATABASE_URL) lives in /data: mount a volume there.
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME /data
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s CMD ["node", "-e", "fetch('http://127.0.0.1:3000/health/live').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "apps/api/dist/main.js"]
