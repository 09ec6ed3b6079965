import { graphql } from '../../gql';

export const FRAMEWORK_LIST = graphql(`
  query FrameworkList {
    frameworks {
      id
      code
      version
      status
      publishedAt
      previousVersionId
      name {
        th
        en
        ms
      }
    }
  }
`);

export const FRAMEWORK_DETAIL = graphql(`
  query FrameworkDetail($id: ID!) {
    framework(id: $id) {
      id
      code
      version
      status
      publishedAt
      name {
        th
        en
        ms
      }
      description {
        th
        en
        ms
      }
      domains {
        id
        code
        name {
          th
          en
          ms
        }
        description {
          th
          en
          ms
        }
        competencies {
          id
          code
          parentCode
          name {
            th
            en
            ms
          }
          description {
            th
            en
            ms
          }
          levelDescriptors {
            th
            en
            ms
          }
        }
      }
    }
  }
`);

export const CREATE_FRAMEWORK = graphql(`
  mutation CreateFrameworkDraft($input: CreateFrameworkInput!) {
    createFramework(input: $input) {
      id
    }
  }
`);

export const UPDATE_FRAMEWORK = graphql(`
  mutation UpdateFrameworkDraft($id: ID!, $input: UpdateFrameworkInput!) {
    updateFramework(id: $id, input: $input) {
      id
    }
  }
`);

export const PUBLISH_FRAMEWORK = graphql(`
  mutation PublishFrameworkVersion($id: ID!) {
    publishFramework(id: $id) {
      id
      status
      publishedAt
    }
  }
`);

export const NEW_FRAMEWORK_VERSION = graphql(`
  mutation NewFrameworkVersion($id: ID!) {
    createFrameworkVersion(id: $id) {
      id
    }
  }
`);
