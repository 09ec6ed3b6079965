import { graphql } from '../../gql';

export const USERS = graphql(`
  query Users($offset: Int!, $limit: Int!, $search: String) {
    users(offset: $offset, limit: $limit, search: $search) {
      total
      offset
      limit
      items {
        id
        displayName
        email
        phone
        active
        role
        sector
        gender
        provinceCode
        districtCode
        organisationId
        managedProvinceCodes
        province {
          code
          nameTh
          nameEn
        }
        organisation {
          id
          name
        }
      }
    }
  }
`);

export const PROVINCES = graphql(`
  query Provinces {
    provinces {
      code
      nameTh
      nameEn
      districts {
        code
        nameTh
        nameEn
      }
    }
  }
`);

export const ORGANISATIONS = graphql(`
  query PeopleOrganisations($provinceCode: String) {
    organisations(provinceCode: $provinceCode) {
      id
      name
    }
  }
`);

export const CREATE_USER = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      email
    }
  }
`);

export const UPDATE_USER = graphql(`
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      id
      displayName
      phone
      active
      role
      sector
      gender
      provinceCode
      districtCode
      organisationId
      managedProvinceCodes
      province {
        code
        nameTh
        nameEn
      }
      organisation {
        id
        name
      }
    }
  }
`);

export const SET_USER_ACTIVE = graphql(`
  mutation SetUserActive($id: ID!, $active: Boolean!) {
    setUserActive(id: $id, active: $active) {
      id
      active
    }
  }
`);

export const ISSUE_PASSWORD_RESET = graphql(`
  mutation IssuePasswordReset($userId: ID!) {
    issuePasswordReset(userId: $userId) {
      url
      qrSvg
      expiresAt
    }
  }
`);
