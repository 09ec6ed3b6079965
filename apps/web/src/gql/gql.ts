/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      provinceCode\n      managedProvinceCodes\n      province {\n        code\n        nameTh\n        nameEn\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        role\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query OpenCampaigns {\n    campaigns(openToMe: true) {\n      id\n      title\n      instrument\n      closesAt\n    }\n  }\n": typeof types.OpenCampaignsDocument,
    "\n  query AssessmentForm($id: ID!) {\n    campaign(id: $id) {\n      id\n      title\n      instrument\n      closesAt\n      scale {\n        min\n        max\n      }\n      framework {\n        id\n        competencies {\n          code\n          domainCode\n          name {\n            th\n            en\n            ms\n          }\n          levelDescriptors {\n            th\n            en\n            ms\n          }\n        }\n      }\n    }\n    currentConsent {\n      version\n      acceptedAt\n      text {\n        th\n        en\n        ms\n      }\n    }\n    myAssessmentDraft(campaignId: $id) {\n      updatedAt\n      ratings {\n        competencyCode\n        target\n        current\n        needType\n      }\n    }\n    myAssessment(campaignId: $id) {\n      id\n      submittedAt\n      ratings {\n        competencyCode\n        target\n        current\n        needType\n      }\n    }\n  }\n": typeof types.AssessmentFormDocument,
    "\n  mutation SaveAssessmentDraft($input: SaveAssessmentDraftInput!) {\n    saveAssessmentDraft(input: $input) {\n      updatedAt\n    }\n  }\n": typeof types.SaveAssessmentDraftDocument,
    "\n  mutation SubmitAssessment($input: SubmitAssessmentInput!) {\n    submitAssessment(input: $input) {\n      id\n      submittedAt\n    }\n  }\n": typeof types.SubmitAssessmentDocument,
    "\n  mutation GiveConsent($version: String!) {\n    giveConsent(version: $version) {\n      version\n      acceptedAt\n    }\n  }\n": typeof types.GiveConsentDocument,
    "\n  query CampaignList {\n    campaigns {\n      id\n      title\n      instrument\n      provinceCodes\n      sectors\n      opensAt\n      closesAt\n      status\n      framework {\n        id\n        code\n        version\n        name {\n          th\n          en\n          ms\n        }\n      }\n    }\n    provinces {\n      code\n      nameTh\n      nameEn\n    }\n  }\n": typeof types.CampaignListDocument,
    "\n  query CampaignFrameworks {\n    frameworks {\n      id\n      code\n      version\n      status\n      name {\n        th\n        en\n        ms\n      }\n    }\n  }\n": typeof types.CampaignFrameworksDocument,
    "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.CreateCampaignDocument,
    "\n  query ImportCampaign($id: ID!) {\n    campaign(id: $id) {\n      id\n      title\n      instrument\n      status\n      provinceCodes\n      opensAt\n      closesAt\n      scale {\n        min\n        max\n      }\n      framework {\n        id\n        competencies {\n          code\n        }\n      }\n    }\n  }\n": typeof types.ImportCampaignDocument,
    "\n  query GapCampaigns {\n    campaigns {\n      id\n      title\n      instrument\n      framework {\n        id\n        competencies {\n          code\n          name {\n            th\n            en\n            ms\n          }\n        }\n      }\n    }\n  }\n": typeof types.GapCampaignsDocument,
    "\n  query GapAnalysis($campaignId: ID!, $groupBy: GapGrouping!) {\n    gapAnalysis(campaignId: $campaignId, groupBy: $groupBy) {\n      campaignId\n      instrument\n      groupBy\n      primaryIndex\n      minGroupSize\n      groups {\n        key\n        label\n        respondents\n        suppressed\n        figures {\n          competencyCode\n          n\n          meanTarget\n          meanCurrent\n          meanGap\n          negativeGap\n          gapCiLow\n          gapCiHigh\n          mwds\n          pniModified\n          quadrant\n          rank\n        }\n      }\n    }\n  }\n": typeof types.GapAnalysisDocument,
    "\n  query GapComments($campaignId: ID!, $competencyCode: String!, $offset: Int!, $limit: Int!) {\n    gapComments(campaignId: $campaignId, competencyCode: $competencyCode, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        body\n        createdAt\n        author {\n          id\n          displayName\n          role\n        }\n      }\n    }\n  }\n": typeof types.GapCommentsDocument,
    "\n  mutation AddGapComment($campaignId: ID!, $competencyCode: String!, $body: String!) {\n    addGapComment(campaignId: $campaignId, competencyCode: $competencyCode, body: $body) {\n      id\n    }\n  }\n": typeof types.AddGapCommentDocument,
    "\n  query PriorityCampaigns {\n    campaigns {\n      id\n      title\n    }\n  }\n": typeof types.PriorityCampaignsDocument,
    "\n  query GapPriorities($campaignId: ID!) {\n    gapPriorities(campaignId: $campaignId) {\n      campaignId\n      primaryIndex\n      weight\n      voteBudget\n      maxVotesPerGap\n      myVotesUsed\n      myVotesRemaining\n      canVote\n      canManage\n      indexSuppressed\n      items {\n        competencyCode\n        domainCode\n        competencyName {\n          th\n          en\n          ms\n        }\n        indexValue\n        indexRank\n        votes\n        myVotes\n        blended\n        rank\n        route\n        routeNote\n        routedAt\n        commentCount\n        why {\n          primaryIndex\n          indexValue\n          indexRank\n          indexRanked\n          votes\n          voteRank\n          weight\n          blended\n          rank\n          ranked\n        }\n      }\n    }\n  }\n": typeof types.GapPrioritiesDocument,
    "\n  mutation SetMyVotes($campaignId: ID!, $votes: [VoteInput!]!) {\n    setMyVotes(campaignId: $campaignId, votes: $votes) {\n      used\n      remaining\n    }\n  }\n": typeof types.SetMyVotesDocument,
    "\n  mutation SetPriorityWeight($campaignId: ID!, $weight: Float!) {\n    setPriorityWeight(campaignId: $campaignId, weight: $weight) {\n      weight\n    }\n  }\n": typeof types.SetPriorityWeightDocument,
    "\n  mutation RouteNeed($campaignId: ID!, $competencyCode: String!, $route: NeedRoute!, $note: String) {\n    routeNeed(campaignId: $campaignId, competencyCode: $competencyCode, route: $route, note: $note) {\n      route\n      note\n    }\n  }\n": typeof types.RouteNeedDocument,
    "\n  query Users($offset: Int!, $limit: Int!, $search: String) {\n    users(offset: $offset, limit: $limit, search: $search) {\n      total\n      offset\n      limit\n      items {\n        id\n        displayName\n        email\n        role\n        sector\n        province {\n          code\n          nameTh\n          nameEn\n        }\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  query Provinces {\n    provinces {\n      code\n      nameTh\n      nameEn\n      districts {\n        code\n        nameTh\n        nameEn\n      }\n    }\n  }\n": typeof types.ProvincesDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      email\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation LinkWorkshopItem($input: WorkshopLinkInput!) {\n    linkWorkshopItem(input: $input) {\n      id\n    }\n  }\n": typeof types.LinkWorkshopItemDocument,
    "\n  mutation UnlinkWorkshopItem($input: WorkshopLinkInput!) {\n    unlinkWorkshopItem(input: $input)\n  }\n": typeof types.UnlinkWorkshopItemDocument,
    "\n  query WorkshopContext {\n    campaigns {\n      id\n      title\n      provinceCodes\n      framework {\n        id\n        competencies {\n          code\n          name {\n            th\n            en\n            ms\n          }\n        }\n      }\n    }\n    provinces {\n      code\n      nameTh\n      nameEn\n    }\n  }\n": typeof types.WorkshopContextDocument,
    "\n  query HopesFearsBoards($offset: Int!) {\n    hopesFearsBoards(offset: $offset, limit: 10) {\n      total\n      items {\n        id\n        title\n        campaignId\n        provinceCode\n        createdAt\n        cards {\n          id\n          kind\n          text\n          createdAt\n          author {\n            id\n            displayName\n          }\n        }\n        links {\n          id\n          competencyCode\n          campaignId\n          frameworkId\n        }\n      }\n    }\n  }\n": typeof types.HopesFearsBoardsDocument,
    "\n  query Personas($offset: Int!, $group: PersonaGroup) {\n    personas(offset: $offset, limit: 10, group: $group) {\n      total\n      items {\n        id\n        name\n        description\n        group\n        provinceCode\n        createdAt\n        links {\n          id\n          competencyCode\n          campaignId\n          frameworkId\n        }\n      }\n    }\n  }\n": typeof types.PersonasDocument,
    "\n  query Icebergs($offset: Int!) {\n    icebergs(offset: $offset, limit: 10) {\n      total\n      items {\n        id\n        title\n        event\n        patterns\n        structures\n        mentalModels\n        provinceCode\n        createdAt\n        links {\n          id\n          competencyCode\n          campaignId\n          frameworkId\n        }\n      }\n    }\n  }\n": typeof types.IcebergsDocument,
    "\n  mutation CreateHopesFearsBoard($input: CreateHopesFearsBoardInput!) {\n    createHopesFearsBoard(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateHopesFearsBoardDocument,
    "\n  mutation AddHopesFearsCard($input: AddHopesFearsCardInput!) {\n    addHopesFearsCard(input: $input) {\n      id\n    }\n  }\n": typeof types.AddHopesFearsCardDocument,
    "\n  mutation CreatePersona($input: CreatePersonaInput!) {\n    createPersona(input: $input) {\n      id\n    }\n  }\n": typeof types.CreatePersonaDocument,
    "\n  mutation CreateIceberg($input: CreateIcebergInput!) {\n    createIceberg(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateIcebergDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      provinceCode\n      managedProvinceCodes\n      province {\n        code\n        nameTh\n        nameEn\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        role\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query OpenCampaigns {\n    campaigns(openToMe: true) {\n      id\n      title\n      instrument\n      closesAt\n    }\n  }\n": types.OpenCampaignsDocument,
    "\n  query AssessmentForm($id: ID!) {\n    campaign(id: $id) {\n      id\n      title\n      instrument\n      closesAt\n      scale {\n        min\n        max\n      }\n      framework {\n        id\n        competencies {\n          code\n          domainCode\n          name {\n            th\n            en\n            ms\n          }\n          levelDescriptors {\n            th\n            en\n            ms\n          }\n        }\n      }\n    }\n    currentConsent {\n      version\n      acceptedAt\n      text {\n        th\n        en\n        ms\n      }\n    }\n    myAssessmentDraft(campaignId: $id) {\n      updatedAt\n      ratings {\n        competencyCode\n        target\n        current\n        needType\n      }\n    }\n    myAssessment(campaignId: $id) {\n      id\n      submittedAt\n      ratings {\n        competencyCode\n        target\n        current\n        needType\n      }\n    }\n  }\n": types.AssessmentFormDocument,
    "\n  mutation SaveAssessmentDraft($input: SaveAssessmentDraftInput!) {\n    saveAssessmentDraft(input: $input) {\n      updatedAt\n    }\n  }\n": types.SaveAssessmentDraftDocument,
    "\n  mutation SubmitAssessment($input: SubmitAssessmentInput!) {\n    submitAssessment(input: $input) {\n      id\n      submittedAt\n    }\n  }\n": types.SubmitAssessmentDocument,
    "\n  mutation GiveConsent($version: String!) {\n    giveConsent(version: $version) {\n      version\n      acceptedAt\n    }\n  }\n": types.GiveConsentDocument,
    "\n  query CampaignList {\n    campaigns {\n      id\n      title\n      instrument\n      provinceCodes\n      sectors\n      opensAt\n      closesAt\n      status\n      framework {\n        id\n        code\n        version\n        name {\n          th\n          en\n          ms\n        }\n      }\n    }\n    provinces {\n      code\n      nameTh\n      nameEn\n    }\n  }\n": types.CampaignListDocument,
    "\n  query CampaignFrameworks {\n    frameworks {\n      id\n      code\n      version\n      status\n      name {\n        th\n        en\n        ms\n      }\n    }\n  }\n": types.CampaignFrameworksDocument,
    "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      id\n      title\n    }\n  }\n": types.CreateCampaignDocument,
    "\n  query ImportCampaign($id: ID!) {\n    campaign(id: $id) {\n      id\n      title\n      instrument\n      status\n      provinceCodes\n      opensAt\n      closesAt\n      scale {\n        min\n        max\n      }\n      framework {\n        id\n        competencies {\n          code\n        }\n      }\n    }\n  }\n": types.ImportCampaignDocument,
    "\n  query GapCampaigns {\n    campaigns {\n      id\n      title\n      instrument\n      framework {\n        id\n        competencies {\n          code\n          name {\n            th\n            en\n            ms\n          }\n        }\n      }\n    }\n  }\n": types.GapCampaignsDocument,
    "\n  query GapAnalysis($campaignId: ID!, $groupBy: GapGrouping!) {\n    gapAnalysis(campaignId: $campaignId, groupBy: $groupBy) {\n      campaignId\n      instrument\n      groupBy\n      primaryIndex\n      minGroupSize\n      groups {\n        key\n        label\n        respondents\n        suppressed\n        figures {\n          competencyCode\n          n\n          meanTarget\n          meanCurrent\n          meanGap\n          negativeGap\n          gapCiLow\n          gapCiHigh\n          mwds\n          pniModified\n          quadrant\n          rank\n        }\n      }\n    }\n  }\n": types.GapAnalysisDocument,
    "\n  query GapComments($campaignId: ID!, $competencyCode: String!, $offset: Int!, $limit: Int!) {\n    gapComments(campaignId: $campaignId, competencyCode: $competencyCode, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        body\n        createdAt\n        author {\n          id\n          displayName\n          role\n        }\n      }\n    }\n  }\n": types.GapCommentsDocument,
    "\n  mutation AddGapComment($campaignId: ID!, $competencyCode: String!, $body: String!) {\n    addGapComment(campaignId: $campaignId, competencyCode: $competencyCode, body: $body) {\n      id\n    }\n  }\n": types.AddGapCommentDocument,
    "\n  query PriorityCampaigns {\n    campaigns {\n      id\n      title\n    }\n  }\n": types.PriorityCampaignsDocument,
    "\n  query GapPriorities($campaignId: ID!) {\n    gapPriorities(campaignId: $campaignId) {\n      campaignId\n      primaryIndex\n      weight\n      voteBudget\n      maxVotesPerGap\n      myVotesUsed\n      myVotesRemaining\n      canVote\n      canManage\n      indexSuppressed\n      items {\n        competencyCode\n        domainCode\n        competencyName {\n          th\n          en\n          ms\n        }\n        indexValue\n        indexRank\n        votes\n        myVotes\n        blended\n        rank\n        route\n        routeNote\n        routedAt\n        commentCount\n        why {\n          primaryIndex\n          indexValue\n          indexRank\n          indexRanked\n          votes\n          voteRank\n          weight\n          blended\n          rank\n          ranked\n        }\n      }\n    }\n  }\n": types.GapPrioritiesDocument,
    "\n  mutation SetMyVotes($campaignId: ID!, $votes: [VoteInput!]!) {\n    setMyVotes(campaignId: $campaignId, votes: $votes) {\n      used\n      remaining\n    }\n  }\n": types.SetMyVotesDocument,
    "\n  mutation SetPriorityWeight($campaignId: ID!, $weight: Float!) {\n    setPriorityWeight(campaignId: $campaignId, weight: $weight) {\n      weight\n    }\n  }\n": types.SetPriorityWeightDocument,
    "\n  mutation RouteNeed($campaignId: ID!, $competencyCode: String!, $route: NeedRoute!, $note: String) {\n    routeNeed(campaignId: $campaignId, competencyCode: $competencyCode, route: $route, note: $note) {\n      route\n      note\n    }\n  }\n": types.RouteNeedDocument,
    "\n  query Users($offset: Int!, $limit: Int!, $search: String) {\n    users(offset: $offset, limit: $limit, search: $search) {\n      total\n      offset\n      limit\n      items {\n        id\n        displayName\n        email\n        role\n        sector\n        province {\n          code\n          nameTh\n          nameEn\n        }\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  query Provinces {\n    provinces {\n      code\n      nameTh\n      nameEn\n      districts {\n        code\n        nameTh\n        nameEn\n      }\n    }\n  }\n": types.ProvincesDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      email\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation LinkWorkshopItem($input: WorkshopLinkInput!) {\n    linkWorkshopItem(input: $input) {\n      id\n    }\n  }\n": types.LinkWorkshopItemDocument,
    "\n  mutation UnlinkWorkshopItem($input: WorkshopLinkInput!) {\n    unlinkWorkshopItem(input: $input)\n  }\n": types.UnlinkWorkshopItemDocument,
    "\n  query WorkshopContext {\n    campaigns {\n      id\n      title\n      provinceCodes\n      framework {\n        id\n        competencies {\n          code\n          name {\n            th\n            en\n            ms\n          }\n        }\n      }\n    }\n    provinces {\n      code\n      nameTh\n      nameEn\n    }\n  }\n": types.WorkshopContextDocument,
    "\n  query HopesFearsBoards($offset: Int!) {\n    hopesFearsBoards(offset: $offset, limit: 10) {\n      total\n      items {\n        id\n        title\n        campaignId\n        provinceCode\n        createdAt\n        cards {\n          id\n          kind\n          text\n          createdAt\n          author {\n            id\n            displayName\n          }\n        }\n        links {\n          id\n          competencyCode\n          campaignId\n          frameworkId\n        }\n      }\n    }\n  }\n": types.HopesFearsBoardsDocument,
    "\n  query Personas($offset: Int!, $group: PersonaGroup) {\n    personas(offset: $offset, limit: 10, group: $group) {\n      total\n      items {\n        id\n        name\n        description\n        group\n        provinceCode\n        createdAt\n        links {\n          id\n          competencyCode\n          campaignId\n          frameworkId\n        }\n      }\n    }\n  }\n": types.PersonasDocument,
    "\n  query Icebergs($offset: Int!) {\n    icebergs(offset: $offset, limit: 10) {\n      total\n      items {\n        id\n        title\n        event\n        patterns\n        structures\n        mentalModels\n        provinceCode\n        createdAt\n        links {\n          id\n          competencyCode\n          campaignId\n          frameworkId\n        }\n      }\n    }\n  }\n": types.IcebergsDocument,
    "\n  mutation CreateHopesFearsBoard($input: CreateHopesFearsBoardInput!) {\n    createHopesFearsBoard(input: $input) {\n      id\n    }\n  }\n": types.CreateHopesFearsBoardDocument,
    "\n  mutation AddHopesFearsCard($input: AddHopesFearsCardInput!) {\n    addHopesFearsCard(input: $input) {\n      id\n    }\n  }\n": types.AddHopesFearsCardDocument,
    "\n  mutation CreatePersona($input: CreatePersonaInput!) {\n    createPersona(input: $input) {\n      id\n    }\n  }\n": types.CreatePersonaDocument,
    "\n  mutation CreateIceberg($input: CreateIcebergInput!) {\n    createIceberg(input: $input) {\n      id\n    }\n  }\n": types.CreateIcebergDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      provinceCode\n      managedProvinceCodes\n      province {\n        code\n        nameTh\n        nameEn\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      provinceCode\n      managedProvinceCodes\n      province {\n        code\n        nameTh\n        nameEn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenCampaigns {\n    campaigns(openToMe: true) {\n      id\n      title\n      instrument\n      closesAt\n    }\n  }\n"): (typeof documents)["\n  query OpenCampaigns {\n    campaigns(openToMe: true) {\n      id\n      title\n      instrument\n      closesAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssessmentForm($id: ID!) {\n    campaign(id: $id) {\n      id\n      title\n      instrument\n      closesAt\n      scale {\n        min\n        max\n      }\n      framework {\n        id\n        competencies {\n          code\n          domainCode\n          name {\n            th\n            en\n            ms\n          }\n          levelDescriptors {\n            th\n            en\n            ms\n          }\n        }\n      }\n    }\n    currentConsent {\n      version\n      acceptedAt\n      text {\n        th\n        en\n        ms\n      }\n    }\n    myAssessmentDraft(campaignId: $id) {\n      updatedAt\n      ratings {\n        competencyCode\n        target\n        current\n        needType\n      }\n    }\n    myAssessment(campaignId: $id) {\n      id\n      submittedAt\n      ratings {\n        competencyCode\n        target\n        current\n        needType\n      }\n    }\n  }\n"): (typeof documents)["\n  query AssessmentForm($id: ID!) {\n    campaign(id: $id) {\n      id\n      title\n      instrument\n      closesAt\n      scale {\n        min\n        max\n      }\n      framework {\n        id\n        competencies {\n          code\n          domainCode\n          name {\n            th\n            en\n            ms\n          }\n          levelDescriptors {\n            th\n            en\n            ms\n          }\n        }\n      }\n    }\n    currentConsent {\n      version\n      acceptedAt\n      text {\n        th\n        en\n        ms\n      }\n    }\n    myAssessmentDraft(campaignId: $id) {\n      updatedAt\n      ratings {\n        competencyCode\n        target\n        current\n        needType\n      }\n    }\n    myAssessment(campaignId: $id) {\n      id\n      submittedAt\n      ratings {\n        competencyCode\n        target\n        current\n        needType\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveAssessmentDraft($input: SaveAssessmentDraftInput!) {\n    saveAssessmentDraft(input: $input) {\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SaveAssessmentDraft($input: SaveAssessmentDraftInput!) {\n    saveAssessmentDraft(input: $input) {\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitAssessment($input: SubmitAssessmentInput!) {\n    submitAssessment(input: $input) {\n      id\n      submittedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitAssessment($input: SubmitAssessmentInput!) {\n    submitAssessment(input: $input) {\n      id\n      submittedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GiveConsent($version: String!) {\n    giveConsent(version: $version) {\n      version\n      acceptedAt\n    }\n  }\n"): (typeof documents)["\n  mutation GiveConsent($version: String!) {\n    giveConsent(version: $version) {\n      version\n      acceptedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignList {\n    campaigns {\n      id\n      title\n      instrument\n      provinceCodes\n      sectors\n      opensAt\n      closesAt\n      status\n      framework {\n        id\n        code\n        version\n        name {\n          th\n          en\n          ms\n        }\n      }\n    }\n    provinces {\n      code\n      nameTh\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  query CampaignList {\n    campaigns {\n      id\n      title\n      instrument\n      provinceCodes\n      sectors\n      opensAt\n      closesAt\n      status\n      framework {\n        id\n        code\n        version\n        name {\n          th\n          en\n          ms\n        }\n      }\n    }\n    provinces {\n      code\n      nameTh\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignFrameworks {\n    frameworks {\n      id\n      code\n      version\n      status\n      name {\n        th\n        en\n        ms\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignFrameworks {\n    frameworks {\n      id\n      code\n      version\n      status\n      name {\n        th\n        en\n        ms\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportCampaign($id: ID!) {\n    campaign(id: $id) {\n      id\n      title\n      instrument\n      status\n      provinceCodes\n      opensAt\n      closesAt\n      scale {\n        min\n        max\n      }\n      framework {\n        id\n        competencies {\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImportCampaign($id: ID!) {\n    campaign(id: $id) {\n      id\n      title\n      instrument\n      status\n      provinceCodes\n      opensAt\n      closesAt\n      scale {\n        min\n        max\n      }\n      framework {\n        id\n        competencies {\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GapCampaigns {\n    campaigns {\n      id\n      title\n      instrument\n      framework {\n        id\n        competencies {\n          code\n          name {\n            th\n            en\n            ms\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GapCampaigns {\n    campaigns {\n      id\n      title\n      instrument\n      framework {\n        id\n        competencies {\n          code\n          name {\n            th\n            en\n            ms\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GapAnalysis($campaignId: ID!, $groupBy: GapGrouping!) {\n    gapAnalysis(campaignId: $campaignId, groupBy: $groupBy) {\n      campaignId\n      instrument\n      groupBy\n      primaryIndex\n      minGroupSize\n      groups {\n        key\n        label\n        respondents\n        suppressed\n        figures {\n          competencyCode\n          n\n          meanTarget\n          meanCurrent\n          meanGap\n          negativeGap\n          gapCiLow\n          gapCiHigh\n          mwds\n          pniModified\n          quadrant\n          rank\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GapAnalysis($campaignId: ID!, $groupBy: GapGrouping!) {\n    gapAnalysis(campaignId: $campaignId, groupBy: $groupBy) {\n      campaignId\n      instrument\n      groupBy\n      primaryIndex\n      minGroupSize\n      groups {\n        key\n        label\n        respondents\n        suppressed\n        figures {\n          competencyCode\n          n\n          meanTarget\n          meanCurrent\n          meanGap\n          negativeGap\n          gapCiLow\n          gapCiHigh\n          mwds\n          pniModified\n          quadrant\n          rank\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GapComments($campaignId: ID!, $competencyCode: String!, $offset: Int!, $limit: Int!) {\n    gapComments(campaignId: $campaignId, competencyCode: $competencyCode, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        body\n        createdAt\n        author {\n          id\n          displayName\n          role\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GapComments($campaignId: ID!, $competencyCode: String!, $offset: Int!, $limit: Int!) {\n    gapComments(campaignId: $campaignId, competencyCode: $competencyCode, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        body\n        createdAt\n        author {\n          id\n          displayName\n          role\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddGapComment($campaignId: ID!, $competencyCode: String!, $body: String!) {\n    addGapComment(campaignId: $campaignId, competencyCode: $competencyCode, body: $body) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddGapComment($campaignId: ID!, $competencyCode: String!, $body: String!) {\n    addGapComment(campaignId: $campaignId, competencyCode: $competencyCode, body: $body) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PriorityCampaigns {\n    campaigns {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  query PriorityCampaigns {\n    campaigns {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GapPriorities($campaignId: ID!) {\n    gapPriorities(campaignId: $campaignId) {\n      campaignId\n      primaryIndex\n      weight\n      voteBudget\n      maxVotesPerGap\n      myVotesUsed\n      myVotesRemaining\n      canVote\n      canManage\n      indexSuppressed\n      items {\n        competencyCode\n        domainCode\n        competencyName {\n          th\n          en\n          ms\n        }\n        indexValue\n        indexRank\n        votes\n        myVotes\n        blended\n        rank\n        route\n        routeNote\n        routedAt\n        commentCount\n        why {\n          primaryIndex\n          indexValue\n          indexRank\n          indexRanked\n          votes\n          voteRank\n          weight\n          blended\n          rank\n          ranked\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GapPriorities($campaignId: ID!) {\n    gapPriorities(campaignId: $campaignId) {\n      campaignId\n      primaryIndex\n      weight\n      voteBudget\n      maxVotesPerGap\n      myVotesUsed\n      myVotesRemaining\n      canVote\n      canManage\n      indexSuppressed\n      items {\n        competencyCode\n        domainCode\n        competencyName {\n          th\n          en\n          ms\n        }\n        indexValue\n        indexRank\n        votes\n        myVotes\n        blended\n        rank\n        route\n        routeNote\n        routedAt\n        commentCount\n        why {\n          primaryIndex\n          indexValue\n          indexRank\n          indexRanked\n          votes\n          voteRank\n          weight\n          blended\n          rank\n          ranked\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyVotes($campaignId: ID!, $votes: [VoteInput!]!) {\n    setMyVotes(campaignId: $campaignId, votes: $votes) {\n      used\n      remaining\n    }\n  }\n"): (typeof documents)["\n  mutation SetMyVotes($campaignId: ID!, $votes: [VoteInput!]!) {\n    setMyVotes(campaignId: $campaignId, votes: $votes) {\n      used\n      remaining\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPriorityWeight($campaignId: ID!, $weight: Float!) {\n    setPriorityWeight(campaignId: $campaignId, weight: $weight) {\n      weight\n    }\n  }\n"): (typeof documents)["\n  mutation SetPriorityWeight($campaignId: ID!, $weight: Float!) {\n    setPriorityWeight(campaignId: $campaignId, weight: $weight) {\n      weight\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RouteNeed($campaignId: ID!, $competencyCode: String!, $route: NeedRoute!, $note: String) {\n    routeNeed(campaignId: $campaignId, competencyCode: $competencyCode, route: $route, note: $note) {\n      route\n      note\n    }\n  }\n"): (typeof documents)["\n  mutation RouteNeed($campaignId: ID!, $competencyCode: String!, $route: NeedRoute!, $note: String) {\n    routeNeed(campaignId: $campaignId, competencyCode: $competencyCode, route: $route, note: $note) {\n      route\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($offset: Int!, $limit: Int!, $search: String) {\n    users(offset: $offset, limit: $limit, search: $search) {\n      total\n      offset\n      limit\n      items {\n        id\n        displayName\n        email\n        role\n        sector\n        province {\n          code\n          nameTh\n          nameEn\n        }\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($offset: Int!, $limit: Int!, $search: String) {\n    users(offset: $offset, limit: $limit, search: $search) {\n      total\n      offset\n      limit\n      items {\n        id\n        displayName\n        email\n        role\n        sector\n        province {\n          code\n          nameTh\n          nameEn\n        }\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Provinces {\n    provinces {\n      code\n      nameTh\n      nameEn\n      districts {\n        code\n        nameTh\n        nameEn\n      }\n    }\n  }\n"): (typeof documents)["\n  query Provinces {\n    provinces {\n      code\n      nameTh\n      nameEn\n      districts {\n        code\n        nameTh\n        nameEn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkWorkshopItem($input: WorkshopLinkInput!) {\n    linkWorkshopItem(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LinkWorkshopItem($input: WorkshopLinkInput!) {\n    linkWorkshopItem(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlinkWorkshopItem($input: WorkshopLinkInput!) {\n    unlinkWorkshopItem(input: $input)\n  }\n"): (typeof documents)["\n  mutation UnlinkWorkshopItem($input: WorkshopLinkInput!) {\n    unlinkWorkshopItem(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkshopContext {\n    campaigns {\n      id\n      title\n      provinceCodes\n      framework {\n        id\n        competencies {\n          code\n          name {\n            th\n            en\n            ms\n          }\n        }\n      }\n    }\n    provinces {\n      code\n      nameTh\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  query WorkshopContext {\n    campaigns {\n      id\n      title\n      provinceCodes\n      framework {\n        id\n        competencies {\n          code\n          name {\n            th\n            en\n            ms\n          }\n        }\n      }\n    }\n    provinces {\n      code\n      nameTh\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HopesFearsBoards($offset: Int!) {\n    hopesFearsBoards(offset: $offset, limit: 10) {\n      total\n      items {\n        id\n        title\n        campaignId\n        provinceCode\n        createdAt\n        cards {\n          id\n          kind\n          text\n          createdAt\n          author {\n            id\n            displayName\n          }\n        }\n        links {\n          id\n          competencyCode\n          campaignId\n          frameworkId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HopesFearsBoards($offset: Int!) {\n    hopesFearsBoards(offset: $offset, limit: 10) {\n      total\n      items {\n        id\n        title\n        campaignId\n        provinceCode\n        createdAt\n        cards {\n          id\n          kind\n          text\n          createdAt\n          author {\n            id\n            displayName\n          }\n        }\n        links {\n          id\n          competencyCode\n          campaignId\n          frameworkId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Personas($offset: Int!, $group: PersonaGroup) {\n    personas(offset: $offset, limit: 10, group: $group) {\n      total\n      items {\n        id\n        name\n        description\n        group\n        provinceCode\n        createdAt\n        links {\n          id\n          competencyCode\n          campaignId\n          frameworkId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Personas($offset: Int!, $group: PersonaGroup) {\n    personas(offset: $offset, limit: 10, group: $group) {\n      total\n      items {\n        id\n        name\n        description\n        group\n        provinceCode\n        createdAt\n        links {\n          id\n          competencyCode\n          campaignId\n          frameworkId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Icebergs($offset: Int!) {\n    icebergs(offset: $offset, limit: 10) {\n      total\n      items {\n        id\n        title\n        event\n        patterns\n        structures\n        mentalModels\n        provinceCode\n        createdAt\n        links {\n          id\n          competencyCode\n          campaignId\n          frameworkId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Icebergs($offset: Int!) {\n    icebergs(offset: $offset, limit: 10) {\n      total\n      items {\n        id\n        title\n        event\n        patterns\n        structures\n        mentalModels\n        provinceCode\n        createdAt\n        links {\n          id\n          competencyCode\n          campaignId\n          frameworkId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateHopesFearsBoard($input: CreateHopesFearsBoardInput!) {\n    createHopesFearsBoard(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateHopesFearsBoard($input: CreateHopesFearsBoardInput!) {\n    createHopesFearsBoard(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddHopesFearsCard($input: AddHopesFearsCardInput!) {\n    addHopesFearsCard(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddHopesFearsCard($input: AddHopesFearsCardInput!) {\n    addHopesFearsCard(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePersona($input: CreatePersonaInput!) {\n    createPersona(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePersona($input: CreatePersonaInput!) {\n    createPersona(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateIceberg($input: CreateIcebergInput!) {\n    createIceberg(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateIceberg($input: CreateIcebergInput!) {\n    createIceberg(input: $input) {\n      id\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;