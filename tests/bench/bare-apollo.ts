// The read benchmark's baseline: a bare Apollo Server answering the same rows the product
// answers, with nothing else (no auth, no database, no framework). Run as its own process so it
// does not share an event loop with the load generator. Prints its URL on stdout.
import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

interface District {
  code: string;
  nameTh: string;
  nameEn: string;
}
interface Province extends District {
  districts: District[];
}

const rows = JSON.parse(readFileSync(process.env['BARE_ROWS_FILE'] ?? '/dev/null', 'utf8') || '[]') as Province[];
const server = new ApolloServer({
  typeDefs: `
    type District { code: String! nameTh: String! nameEn: String! }
    type Province { code: String! nameTh: String! nameEn: String! districts: [District!]! }
    type Query { provinces: [Province!]! }`,
  resolvers: { Query: { provinces: () => rows } },
});
const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
process.stdout.write(`${url}\n`);
