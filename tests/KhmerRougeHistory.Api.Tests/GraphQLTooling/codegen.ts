// GraphQL Code Generator: typed document nodes for the example operations, from the published schema.
// A front-end project copies this file and points `schema` at the running API (https://…/graphql) or at
// schema/schema.graphql, and `documents` at its own operations.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../../../schema/schema.graphql',
  documents: '../../../schema/operations/*.graphql',
  generates: {
    './generated/': {
      preset: 'client',
      config: {
        scalars: { Date: 'string' }, // ISO-8601 yyyy-MM-dd, the one custom scalar
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
