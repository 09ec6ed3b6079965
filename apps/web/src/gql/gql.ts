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
    "\n  query Curricula {\n    curricula {\n      id\n      title\n      campaignId\n      totalHours\n      gapCoverage\n      modules {\n        code\n      }\n      warnings {\n        kind\n      }\n    }\n  }\n": typeof types.CurriculaDocument,
    "\n  query CurriculumBuilderOptions {\n    campaigns {\n      id\n      title\n      instrument\n    }\n    trainingModules(limit: 100) {\n      items {\n        code\n        title {\n          th\n          en\n          ms\n        }\n        hours\n        status\n        prerequisiteCodes\n        competencyTargets {\n          competencyCode\n          targetLevel\n        }\n      }\n    }\n  }\n": typeof types.CurriculumBuilderOptionsDocument,
    "\n  query CurriculumGapWeights($campaignId: ID!) {\n    gapWeights(campaignId: $campaignId) {\n      competencyCode\n      weight\n      meanTarget\n      meanCurrent\n    }\n  }\n": typeof types.CurriculumGapWeightsDocument,
    "\n  query CurriculumDetail($id: ID!) {\n    curriculum(id: $id) {\n      id\n      title\n      campaignId\n      provinceCodes\n      sectors\n      totalHours\n      gapCoverage\n      modules {\n        code\n      }\n    }\n  }\n": typeof types.CurriculumDetailDocument,
    "\n  query SuggestModules($campaignId: ID!, $hoursBudget: Float!) {\n    suggestModules(campaignId: $campaignId, hoursBudget: $hoursBudget) {\n      moduleCodes\n      totalHours\n      gapCoverage\n      strategy\n      picks {\n        moduleCode\n        hours\n        marginalCoverage\n        coveragePerHour\n        prerequisiteOf\n        round\n      }\n    }\n  }\n": typeof types.SuggestModulesDocument,
    "\n  mutation CreateCurriculum($input: CreateCurriculumInput!) {\n    createCurriculum(input: $input) {\n      id\n      totalHours\n      gapCoverage\n    }\n  }\n": typeof types.CreateCurriculumDocument,
    "\n  mutation UpdateCurriculum($id: ID!, $input: UpdateCurriculumInput!) {\n    updateCurriculum(id: $id, input: $input) {\n      id\n      totalHours\n      gapCoverage\n      modules {\n        code\n      }\n    }\n  }\n": typeof types.UpdateCurriculumDocument,
    "\n  query ModuleEditorOptions {\n    frameworks {\n      id\n      status\n      competencies {\n        code\n        name {\n          th\n          en\n          ms\n        }\n      }\n    }\n    trainingModules(limit: 100) {\n      items {\n        code\n        title {\n          th\n          en\n          ms\n        }\n      }\n    }\n  }\n": typeof types.ModuleEditorOptionsDocument,
    "\n  query ModuleDetail($code: String!) {\n    trainingModule(code: $code) {\n      id\n      code\n      title {\n        th\n        en\n        ms\n      }\n      hours\n      deliveryMode\n      teachingLanguage\n      status\n      version\n      prerequisiteCodes\n      competencyTargets {\n        competencyCode\n        targetLevel\n        outcome {\n          th\n          en\n          ms\n        }\n      }\n      materials {\n        label\n        url\n      }\n      createdBy {\n        id\n        displayName\n      }\n      coAuthors {\n        id\n        displayName\n      }\n      addressedGaps {\n        campaignId\n        competencyCode\n        suppressed\n        index\n        rank\n        n\n        votes\n      }\n      comments {\n        id\n        kind\n        body\n        moduleVersion\n        createdAt\n        author {\n          id\n          displayName\n          role\n        }\n      }\n    }\n    moduleHistory(code: $code) {\n      version\n      changedAt\n      summary\n      changedBy {\n        displayName\n      }\n    }\n  }\n": typeof types.ModuleDetailDocument,
    "\n  mutation CreateTrainingModule($input: CreateTrainingModuleInput!) {\n    createTrainingModule(input: $input) {\n      id\n      code\n    }\n  }\n": typeof types.CreateTrainingModuleDocument,
    "\n  mutation UpdateTrainingModule($code: String!, $input: UpdateTrainingModuleInput!) {\n    updateTrainingModule(code: $code, input: $input) {\n      id\n      code\n      version\n    }\n  }\n": typeof types.UpdateTrainingModuleDocument,
    "\n  mutation ChangeModuleStatus($code: String!, $status: ModuleStatus!) {\n    changeModuleStatus(code: $code, status: $status) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.ChangeModuleStatusDocument,
    "\n  mutation AddModuleComment($input: AddModuleCommentInput!) {\n    addModuleComment(input: $input) {\n      id\n    }\n  }\n": typeof types.AddModuleCommentDocument,
    "\n  query TrainingModules($offset: Int!, $limit: Int!, $search: String) {\n    trainingModules(offset: $offset, limit: $limit, search: $search) {\n      total\n      items {\n        id\n        code\n        title {\n          th\n          en\n          ms\n        }\n        hours\n        deliveryMode\n        status\n        prerequisiteCodes\n      }\n    }\n  }\n": typeof types.TrainingModulesDocument,
    "\n  query GapCampaigns {\n    campaigns {\n      id\n      title\n      instrument\n      framework {\n        id\n        competencies {\n          code\n          name {\n            th\n            en\n            ms\n          }\n        }\n      }\n    }\n  }\n": typeof types.GapCampaignsDocument,
    "\n  query GapAnalysis($campaignId: ID!, $groupBy: GapGrouping!) {\n    gapAnalysis(campaignId: $campaignId, groupBy: $groupBy) {\n      campaignId\n      instrument\n      primaryIndex\n      minGroupSize\n      groups {\n        key\n        label\n        respondents\n        suppressed\n        figures {\n          competencyCode\n          n\n          meanTarget\n          meanCurrent\n          meanGap\n          negativeGap\n          gapCiLow\n          gapCiHigh\n          mwds\n          pniModified\n          quadrant\n          rank\n        }\n      }\n    }\n  }\n": typeof types.GapAnalysisDocument,
    "\n  query Users($offset: Int!, $limit: Int!, $search: String) {\n    users(offset: $offset, limit: $limit, search: $search) {\n      total\n      offset\n      limit\n      items {\n        id\n        displayName\n        email\n        role\n        sector\n        province {\n          code\n          nameTh\n          nameEn\n        }\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  query Provinces {\n    provinces {\n      code\n      nameTh\n      nameEn\n      districts {\n        code\n        nameTh\n        nameEn\n      }\n    }\n  }\n": typeof types.ProvincesDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      email\n    }\n  }\n": typeof types.CreateUserDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      provinceCode\n      managedProvinceCodes\n      province {\n        code\n        nameTh\n        nameEn\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        role\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query OpenCampaigns {\n    campaigns(openToMe: true) {\n      id\n      title\n      instrument\n      closesAt\n    }\n  }\n": types.OpenCampaignsDocument,
    "\n  query AssessmentForm($id: ID!) {\n    campaign(id: $id) {\n      id\n      title\n      instrument\n      closesAt\n      scale {\n        min\n        max\n      }\n      framework {\n        id\n        competencies {\n          code\n          domainCode\n          name {\n            th\n            en\n            ms\n          }\n          levelDescriptors {\n            th\n            en\n            ms\n          }\n        }\n      }\n    }\n    currentConsent {\n      version\n      acceptedAt\n      text {\n        th\n        en\n        ms\n      }\n    }\n    myAssessmentDraft(campaignId: $id) {\n      updatedAt\n      ratings {\n        competencyCode\n        target\n        current\n        needType\n      }\n    }\n    myAssessment(campaignId: $id) {\n      id\n      submittedAt\n      ratings {\n        competencyCode\n        target\n        current\n        needType\n      }\n    }\n  }\n": types.AssessmentFormDocument,
    "\n  mutation SaveAssessmentDraft($input: SaveAssessmentDraftInput!) {\n    saveAssessmentDraft(input: $input) {\n      updatedAt\n    }\n  }\n": types.SaveAssessmentDraftDocument,
    "\n  mutation SubmitAssessment($input: SubmitAssessmentInput!) {\n    submitAssessment(input: $input) {\n      id\n      submittedAt\n    }\n  }\n": types.SubmitAssessmentDocument,
    "\n  mutation GiveConsent($version: String!) {\n    giveConsent(version: $version) {\n      version\n      acceptedAt\n    }\n  }\n": types.GiveConsentDocument,
    "\n  query Curricula {\n    curricula {\n      id\n      title\n      campaignId\n      totalHours\n      gapCoverage\n      modules {\n        code\n      }\n      warnings {\n        kind\n      }\n    }\n  }\n": types.CurriculaDocument,
    "\n  query CurriculumBuilderOptions {\n    campaigns {\n      id\n      title\n      instrument\n    }\n    trainingModules(limit: 100) {\n      items {\n        code\n        title {\n          th\n          en\n          ms\n        }\n        hours\n        status\n        prerequisiteCodes\n        competencyTargets {\n          competencyCode\n          targetLevel\n        }\n      }\n    }\n  }\n": types.CurriculumBuilderOptionsDocument,
    "\n  query CurriculumGapWeights($campaignId: ID!) {\n    gapWeights(campaignId: $campaignId) {\n      competencyCode\n      weight\n      meanTarget\n      meanCurrent\n    }\n  }\n": types.CurriculumGapWeightsDocument,
    "\n  query CurriculumDetail($id: ID!) {\n    curriculum(id: $id) {\n      id\n      title\n      campaignId\n      provinceCodes\n      sectors\n      totalHours\n      gapCoverage\n      modules {\n        code\n      }\n    }\n  }\n": types.CurriculumDetailDocument,
    "\n  query SuggestModules($campaignId: ID!, $hoursBudget: Float!) {\n    suggestModules(campaignId: $campaignId, hoursBudget: $hoursBudget) {\n      moduleCodes\n      totalHours\n      gapCoverage\n      strategy\n      picks {\n        moduleCode\n        hours\n        marginalCoverage\n        coveragePerHour\n        prerequisiteOf\n        round\n      }\n    }\n  }\n": types.SuggestModulesDocument,
    "\n  mutation CreateCurriculum($input: CreateCurriculumInput!) {\n    createCurriculum(input: $input) {\n      id\n      totalHours\n      gapCoverage\n    }\n  }\n": types.CreateCurriculumDocument,
    "\n  mutation UpdateCurriculum($id: ID!, $input: UpdateCurriculumInput!) {\n    updateCurriculum(id: $id, input: $input) {\n      id\n      totalHours\n      gapCoverage\n      modules {\n        code\n      }\n    }\n  }\n": types.UpdateCurriculumDocument,
    "\n  query ModuleEditorOptions {\n    frameworks {\n      id\n      status\n      competencies {\n        code\n        name {\n          th\n          en\n          ms\n        }\n      }\n    }\n    trainingModules(limit: 100) {\n      items {\n        code\n        title {\n          th\n          en\n          ms\n        }\n      }\n    }\n  }\n": types.ModuleEditorOptionsDocument,
    "\n  query ModuleDetail($code: String!) {\n    trainingModule(code: $code) {\n      id\n      code\n      title {\n        th\n        en\n        ms\n      }\n      hours\n      deliveryMode\n      teachingLanguage\n      status\n      version\n      prerequisiteCodes\n      competencyTargets {\n        competencyCode\n        targetLevel\n        outcome {\n          th\n          en\n          ms\n        }\n      }\n      materials {\n        label\n        url\n      }\n      createdBy {\n        id\n        displayName\n      }\n      coAuthors {\n        id\n        displayName\n      }\n      addressedGaps {\n        campaignId\n        competencyCode\n        suppressed\n        index\n        rank\n        n\n        votes\n      }\n      comments {\n        id\n        kind\n        body\n        moduleVersion\n        createdAt\n        author {\n          id\n          displayName\n          role\n        }\n      }\n    }\n    moduleHistory(code: $code) {\n      version\n      changedAt\n      summary\n      changedBy {\n        displayName\n      }\n    }\n  }\n": types.ModuleDetailDocument,
    "\n  mutation CreateTrainingModule($input: CreateTrainingModuleInput!) {\n    createTrainingModule(input: $input) {\n      id\n      code\n    }\n  }\n": types.CreateTrainingModuleDocument,
    "\n  mutation UpdateTrainingModule($code: String!, $input: UpdateTrainingModuleInput!) {\n    updateTrainingModule(code: $code, input: $input) {\n      id\n      code\n      version\n    }\n  }\n": types.UpdateTrainingModuleDocument,
    "\n  mutation ChangeModuleStatus($code: String!, $status: ModuleStatus!) {\n    changeModuleStatus(code: $code, status: $status) {\n      id\n      status\n      version\n    }\n  }\n": types.ChangeModuleStatusDocument,
    "\n  mutation AddModuleComment($input: AddModuleCommentInput!) {\n    addModuleComment(input: $input) {\n      id\n    }\n  }\n": types.AddModuleCommentDocument,
    "\n  query TrainingModules($offset: Int!, $limit: Int!, $search: String) {\n    trainingModules(offset: $offset, limit: $limit, search: $search) {\n      total\n      items {\n        id\n        code\n        title {\n          th\n          en\n          ms\n        }\n        hours\n        deliveryMode\n        status\n        prerequisiteCodes\n      }\n    }\n  }\n": types.TrainingModulesDocument,
    "\n  query GapCampaigns {\n    campaigns {\n      id\n      title\n      instrument\n      framework {\n        id\n        competencies {\n          code\n          name {\n            th\n            en\n            ms\n          }\n        }\n      }\n    }\n  }\n": types.GapCampaignsDocument,
    "\n  query GapAnalysis($campaignId: ID!, $groupBy: GapGrouping!) {\n    gapAnalysis(campaignId: $campaignId, groupBy: $groupBy) {\n      campaignId\n      instrument\n      primaryIndex\n      minGroupSize\n      groups {\n        key\n        label\n        respondents\n        suppressed\n        figures {\n          competencyCode\n          n\n          meanTarget\n          meanCurrent\n          meanGap\n          negativeGap\n          gapCiLow\n          gapCiHigh\n          mwds\n          pniModified\n          quadrant\n          rank\n        }\n      }\n    }\n  }\n": types.GapAnalysisDocument,
    "\n  query Users($offset: Int!, $limit: Int!, $search: String) {\n    users(offset: $offset, limit: $limit, search: $search) {\n      total\n      offset\n      limit\n      items {\n        id\n        displayName\n        email\n        role\n        sector\n        province {\n          code\n          nameTh\n          nameEn\n        }\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  query Provinces {\n    provinces {\n      code\n      nameTh\n      nameEn\n      districts {\n        code\n        nameTh\n        nameEn\n      }\n    }\n  }\n": types.ProvincesDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      email\n    }\n  }\n": types.CreateUserDocument,
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
export function graphql(source: "\n  query Curricula {\n    curricula {\n      id\n      title\n      campaignId\n      totalHours\n      gapCoverage\n      modules {\n        code\n      }\n      warnings {\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query Curricula {\n    curricula {\n      id\n      title\n      campaignId\n      totalHours\n      gapCoverage\n      modules {\n        code\n      }\n      warnings {\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurriculumBuilderOptions {\n    campaigns {\n      id\n      title\n      instrument\n    }\n    trainingModules(limit: 100) {\n      items {\n        code\n        title {\n          th\n          en\n          ms\n        }\n        hours\n        status\n        prerequisiteCodes\n        competencyTargets {\n          competencyCode\n          targetLevel\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CurriculumBuilderOptions {\n    campaigns {\n      id\n      title\n      instrument\n    }\n    trainingModules(limit: 100) {\n      items {\n        code\n        title {\n          th\n          en\n          ms\n        }\n        hours\n        status\n        prerequisiteCodes\n        competencyTargets {\n          competencyCode\n          targetLevel\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurriculumGapWeights($campaignId: ID!) {\n    gapWeights(campaignId: $campaignId) {\n      competencyCode\n      weight\n      meanTarget\n      meanCurrent\n    }\n  }\n"): (typeof documents)["\n  query CurriculumGapWeights($campaignId: ID!) {\n    gapWeights(campaignId: $campaignId) {\n      competencyCode\n      weight\n      meanTarget\n      meanCurrent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurriculumDetail($id: ID!) {\n    curriculum(id: $id) {\n      id\n      title\n      campaignId\n      provinceCodes\n      sectors\n      totalHours\n      gapCoverage\n      modules {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query CurriculumDetail($id: ID!) {\n    curriculum(id: $id) {\n      id\n      title\n      campaignId\n      provinceCodes\n      sectors\n      totalHours\n      gapCoverage\n      modules {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestModules($campaignId: ID!, $hoursBudget: Float!) {\n    suggestModules(campaignId: $campaignId, hoursBudget: $hoursBudget) {\n      moduleCodes\n      totalHours\n      gapCoverage\n      strategy\n      picks {\n        moduleCode\n        hours\n        marginalCoverage\n        coveragePerHour\n        prerequisiteOf\n        round\n      }\n    }\n  }\n"): (typeof documents)["\n  query SuggestModules($campaignId: ID!, $hoursBudget: Float!) {\n    suggestModules(campaignId: $campaignId, hoursBudget: $hoursBudget) {\n      moduleCodes\n      totalHours\n      gapCoverage\n      strategy\n      picks {\n        moduleCode\n        hours\n        marginalCoverage\n        coveragePerHour\n        prerequisiteOf\n        round\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCurriculum($input: CreateCurriculumInput!) {\n    createCurriculum(input: $input) {\n      id\n      totalHours\n      gapCoverage\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCurriculum($input: CreateCurriculumInput!) {\n    createCurriculum(input: $input) {\n      id\n      totalHours\n      gapCoverage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCurriculum($id: ID!, $input: UpdateCurriculumInput!) {\n    updateCurriculum(id: $id, input: $input) {\n      id\n      totalHours\n      gapCoverage\n      modules {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCurriculum($id: ID!, $input: UpdateCurriculumInput!) {\n    updateCurriculum(id: $id, input: $input) {\n      id\n      totalHours\n      gapCoverage\n      modules {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModuleEditorOptions {\n    frameworks {\n      id\n      status\n      competencies {\n        code\n        name {\n          th\n          en\n          ms\n        }\n      }\n    }\n    trainingModules(limit: 100) {\n      items {\n        code\n        title {\n          th\n          en\n          ms\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModuleEditorOptions {\n    frameworks {\n      id\n      status\n      competencies {\n        code\n        name {\n          th\n          en\n          ms\n        }\n      }\n    }\n    trainingModules(limit: 100) {\n      items {\n        code\n        title {\n          th\n          en\n          ms\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModuleDetail($code: String!) {\n    trainingModule(code: $code) {\n      id\n      code\n      title {\n        th\n        en\n        ms\n      }\n      hours\n      deliveryMode\n      teachingLanguage\n      status\n      version\n      prerequisiteCodes\n      competencyTargets {\n        competencyCode\n        targetLevel\n        outcome {\n          th\n          en\n          ms\n        }\n      }\n      materials {\n        label\n        url\n      }\n      createdBy {\n        id\n        displayName\n      }\n      coAuthors {\n        id\n        displayName\n      }\n      addressedGaps {\n        campaignId\n        competencyCode\n        suppressed\n        index\n        rank\n        n\n        votes\n      }\n      comments {\n        id\n        kind\n        body\n        moduleVersion\n        createdAt\n        author {\n          id\n          displayName\n          role\n        }\n      }\n    }\n    moduleHistory(code: $code) {\n      version\n      changedAt\n      summary\n      changedBy {\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModuleDetail($code: String!) {\n    trainingModule(code: $code) {\n      id\n      code\n      title {\n        th\n        en\n        ms\n      }\n      hours\n      deliveryMode\n      teachingLanguage\n      status\n      version\n      prerequisiteCodes\n      competencyTargets {\n        competencyCode\n        targetLevel\n        outcome {\n          th\n          en\n          ms\n        }\n      }\n      materials {\n        label\n        url\n      }\n      createdBy {\n        id\n        displayName\n      }\n      coAuthors {\n        id\n        displayName\n      }\n      addressedGaps {\n        campaignId\n        competencyCode\n        suppressed\n        index\n        rank\n        n\n        votes\n      }\n      comments {\n        id\n        kind\n        body\n        moduleVersion\n        createdAt\n        author {\n          id\n          displayName\n          role\n        }\n      }\n    }\n    moduleHistory(code: $code) {\n      version\n      changedAt\n      summary\n      changedBy {\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTrainingModule($input: CreateTrainingModuleInput!) {\n    createTrainingModule(input: $input) {\n      id\n      code\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTrainingModule($input: CreateTrainingModuleInput!) {\n    createTrainingModule(input: $input) {\n      id\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTrainingModule($code: String!, $input: UpdateTrainingModuleInput!) {\n    updateTrainingModule(code: $code, input: $input) {\n      id\n      code\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTrainingModule($code: String!, $input: UpdateTrainingModuleInput!) {\n    updateTrainingModule(code: $code, input: $input) {\n      id\n      code\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeModuleStatus($code: String!, $status: ModuleStatus!) {\n    changeModuleStatus(code: $code, status: $status) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeModuleStatus($code: String!, $status: ModuleStatus!) {\n    changeModuleStatus(code: $code, status: $status) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddModuleComment($input: AddModuleCommentInput!) {\n    addModuleComment(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddModuleComment($input: AddModuleCommentInput!) {\n    addModuleComment(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingModules($offset: Int!, $limit: Int!, $search: String) {\n    trainingModules(offset: $offset, limit: $limit, search: $search) {\n      total\n      items {\n        id\n        code\n        title {\n          th\n          en\n          ms\n        }\n        hours\n        deliveryMode\n        status\n        prerequisiteCodes\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrainingModules($offset: Int!, $limit: Int!, $search: String) {\n    trainingModules(offset: $offset, limit: $limit, search: $search) {\n      total\n      items {\n        id\n        code\n        title {\n          th\n          en\n          ms\n        }\n        hours\n        deliveryMode\n        status\n        prerequisiteCodes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GapCampaigns {\n    campaigns {\n      id\n      title\n      instrument\n      framework {\n        id\n        competencies {\n          code\n          name {\n            th\n            en\n            ms\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GapCampaigns {\n    campaigns {\n      id\n      title\n      instrument\n      framework {\n        id\n        competencies {\n          code\n          name {\n            th\n            en\n            ms\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GapAnalysis($campaignId: ID!, $groupBy: GapGrouping!) {\n    gapAnalysis(campaignId: $campaignId, groupBy: $groupBy) {\n      campaignId\n      instrument\n      primaryIndex\n      minGroupSize\n      groups {\n        key\n        label\n        respondents\n        suppressed\n        figures {\n          competencyCode\n          n\n          meanTarget\n          meanCurrent\n          meanGap\n          negativeGap\n          gapCiLow\n          gapCiHigh\n          mwds\n          pniModified\n          quadrant\n          rank\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GapAnalysis($campaignId: ID!, $groupBy: GapGrouping!) {\n    gapAnalysis(campaignId: $campaignId, groupBy: $groupBy) {\n      campaignId\n      instrument\n      primaryIndex\n      minGroupSize\n      groups {\n        key\n        label\n        respondents\n        suppressed\n        figures {\n          competencyCode\n          n\n          meanTarget\n          meanCurrent\n          meanGap\n          negativeGap\n          gapCiLow\n          gapCiHigh\n          mwds\n          pniModified\n          quadrant\n          rank\n        }\n      }\n    }\n  }\n"];
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;