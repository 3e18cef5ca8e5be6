/**
 * Real English Salesforce messages (the access/id and value families), as admins and integrations
 * logged them. No translated wording may match any of them: a translation that fires on English
 * text would override the English rules' own, better-grounded answer.
 */

/** One English message and where it was seen. */
export interface EnglishControl {
  readonly message: string;
  readonly source: string;
}

/** English messages no translated wording may match. */
export const englishControls: readonly EnglishControl[] = [
  {
    message: "insufficient access rights on object id",
    source: "https://github.com/SalesforceFoundation/NPSP/issues/1628",
  },
  {
    message: "INSUFFICIENT_ACCESS: insufficient access rights on entity",
    source: "https://github.com/salto-io/salto/pull/7304",
  },
  {
    message:
      "You do not have the level of access necessary to perform the operation you requested. Please contact the owner of the record or your administrator if access is necessary",
    source: "https://github.com/forcedotcom/SalesforceMobileSDK-iOS/issues/150",
  },
  {
    message:
      "INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY, insufficient access rights on cross-reference id: []",
    source:
      "https://salesforce.stackexchange.com/questions/5546/how-to-fix-insufficient-access-rights-on-cross-reference-id/328596",
  },
  {
    message:
      "System.DmlException: Insert failed. First exception on row 2; first error: INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY, insufficient access rights on cross-reference id: []",
    source: "http://www.forcetree.com/2011/12/insufficientaccessoncrossreferenceentit.html",
  },
  {
    message: "API_DISABLED_FOR_ORG: The REST API is not enabled for this Organization.",
    source: "https://github.com/restforce/restforce/issues/219",
  },
  {
    message: '{"name":"API_DISABLED_FOR_ORG","errorCode":"API_DISABLED_FOR_ORG"}',
    source: "https://github.com/xgeek-net/salesforce-mass-editor/issues/51",
  },
  {
    message: "The REST API is not enabled for this organization",
    source: "https://github.com/forcedotcom/salesforcedx-vscode/issues/2387",
  },
  {
    message:
      "Error executing query. Error message received from Webservice. ERROR: sf:INVALID_FIELD --------------- INVALID_FIELD: WebEmail__c, Case_Resolution_Summary__c, MW_Case_ID__c, Escalation_Helper_Contact__c ^ ERROR at Row:1:Column:3146 No such column 'MW_Case_ID__c' on entity 'Case'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.",
    source: "https://github.com/boomii/bdw/issues/94",
  },
  {
    message: "API Error: No such column 'Type' on entity 'Account'",
    source: "https://github.com/jereze/alfred-salesforce/issues/4",
  },
  {
    message:
      '[{"message":"\\nselect Id, Company,Email,LastName,SF_date__c, ConvertedContactId from\\n                                  ^\\nERROR at Row:1:Column:35\\nNo such column \'SF_date__c\' on entity \'Lead\'. If you are attempting to use a custom field, be sure to append the \'__c\' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.","errorCode":"INVALID_FIELD"}]',
    source: "https://github.com/mautic/mautic/pull/13406",
  },
  {
    message:
      "Error: INVALID_FIELD: No such column 'fields' on entity 'Account'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.",
    source: "https://github.com/gravityplus/Gravity-Forms-Salesforce/issues/221",
  },
  {
    message:
      "Bad request - please check your parameters - SELECT id,accountId,amount,probability,type ^ ERROR at Row:1:Column:11 No such column 'accountId' on entity 'Opportunity'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.",
    source: "https://github.com/n8n-io/n8n/issues/15264",
  },
  {
    message:
      '{errors:[{"errorCode":"INVALID_FIELD","message":"\\nLastReferencedDate, Jigsaw, JigsawCompanyId, CleanStatus, AccountSource, DunsNumber\\n                                             ^\\nERROR at Row:1:Column:687\\nNo such column \'CleanStatus\' on entity \'Account\'. If you are attempting to use a custom field, be sure to append the \'__c\' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.","fields":null}],statusCode:400}',
    source: "https://github.com/apache/camel-quarkus/issues/3022",
  },
  {
    message: "Message: No such column 'RecordTypeId' on sobject of type Contact",
    source: "https://github.com/MinnPost/object-sync-for-salesforce/issues/194",
  },
  {
    message:
      '[{"message":"Unable to create/update fields: IsClosedOnCreate. Please check the security settings of this field and verify that it is read/write for your profile or permission set.","errorCode":"INVALID_FIELD_FOR_INSERT_UPDATE","fields":["IsClosedOnCreate"]}]',
    source: "https://github.com/verbb/formie/issues/1981",
  },
  {
    message:
      "Error element recUpd_b2cCustomerLists (FlowRecordUpdate). The flow tried to update these records: a04Hs00002FuMoNIAV. This error occurred: INVALID_FIELD_FOR_INSERT_UPDATE: Unable to create/update fields: LastModifiedDate, IsDeleted, LastViewedDate, LastReferencedDate, SystemModstamp, CreatedById, CreatedDate, LastActivityDate, LastModifiedById. Please check the security settings of this field and verify that it is read/write for your profile or permission set.",
    source: "https://github.com/SalesforceCommerceCloud/b2c-crm-sync/issues/272",
  },
  {
    message:
      "Error importing record CompteRef1: INVALID_FIELD_FOR_INSERT_UPDATE-Unable to create/update fields: Name. Please check the security settings of this field and verify that it is read/write for your profile or permission set.(Name)",
    source: "https://github.com/texei/texei-sfdx-plugin/issues/101",
  },
  {
    message:
      "This error occurred when the flow tried to create records: INVALID_FIELD_FOR_INSERT_UPDATE: The event can't be published because it contains an ID value.",
    source: "https://github.com/effordDev/sf-calendar/issues/11",
  },
  {
    message:
      "Unable to create/update fields: LastModifiedDate, CreatedDate. Please check the security settings of this field and verify that it is read/write for your profile or permission set.",
    source: "https://github.com/forcedotcom/SFDX-Data-Move-Utility/issues/177",
  },
  {
    message:
      "INVALID_FIELD_FOR_INSERT_UPDATE, Unable to create/update fields: Name. Please check the security settings of this field and verify that it is read/write for your profile or permission set.: [Name]",
    source: "https://github.com/martyychang/sf-automerge/issues/2",
  },
  {
    message: "ERROR at Row:1:Column:150\ninvalid ID field: 7075A0000BiWZjxx",
    source: "https://github.com/forcedotcom/salesforcedx-apex/issues/153",
  },
  {
    message: "An Apex error occurred: System.StringException: Invalid id: 3D00GZ0000003I4mn",
    source: "https://github.com/mshanemc/roundRobinProcessBuilder/issues/15",
  },
  {
    message:
      "Upsert failed. First exception on row 0 with id a0a28000000Gy1HAAS; first error: INVALID_CROSS_REFERENCE_KEY, invalid cross reference id: []",
    source: "https://github.com/SalesforceFoundation/NPSP/issues/1457",
  },
  {
    message:
      '{"message":"Upsert failed. First exception on row 0; first error: INVALID_CROSS_REFERENCE_KEY, invalid cross reference id: []"}',
    source: "https://github.com/jongpie/NebulaLogger/issues/798",
  },
  {
    message: "UNABLE_TO_LOCK_ROW unable to obtain exclusive access to this record or 1 records",
    source: "https://github.com/hiratake55/RForcecom/issues/67",
  },
  {
    message: "unable to obtain exclusive access to this record : UNABLE_TO_LOCK_ROW ()",
    source: "https://github.com/SFDO-Community/declarative-lookup-rollup-summaries/issues/501",
  },
  {
    message:
      '"message": "unable to obtain exclusive access to this record or 1 records: 001XXXXXXXXXXXXXX",\n "errorCode": "UNABLE_TO_LOCK_ROW",',
    source: "https://github.com/roblesterjr04/EloquentSalesForce/issues/59",
  },
  {
    message:
      '{message: "unable to obtain exclusive access to this record", errorCode: "UNABLE_TO_LOCK_ROW",…}',
    source: "https://github.com/developerforce/Force.com-JavaScript-REST-Toolkit/issues/68",
  },
  {
    message:
      "System.DmlException: Upsert failed. First exception on row 0; first error: UNABLE_TO_LOCK_ROW, unable to obtain exclusive access to this record or 2 records: a0y1Q00000M8hTHQAZ,a0y1Q00000FdnyuQAB: []",
    source: "https://github.com/SFDO-Community/declarative-lookup-rollup-summaries/issues/1299",
  },
  {
    message: "UNABLE_TO_LOCK_ROW, unable to obtain exclusive access to this record or 3 records:",
    source: "https://github.com/SFDO-Community/declarative-lookup-rollup-summaries/issues/864",
  },
  {
    message:
      "Delete failed. First exception on row 0 with id a2R4E0000001L5UUAU; first error: ENTITY_IS_DELETED, entity is deleted: []",
    source: "https://github.com/SalesforceFoundation/EDA/issues/333",
  },
  { message: "ENTITY IS DELETED", source: "https://github.com/Myddleware/myddleware/issues/357" },
  {
    message:
      "CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY:dlrs_Zuora_PaymentTrigger: execution of AfterInsert\\n\\ncaused by: System.DmlException: Update failed. First exception on row 0 with id a18d0000004bbPvAAI; first error: CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY, dlrs_Zuora_CustomerAccountTrigger: execution of AfterUpdate\\n\\ncaused by: System.DmlException: Update failed. First exception on row 28 with id 001d000001tAstoAAC; first error: ENTITY_IS_DELETED, entity is deleted:",
    source: "https://github.com/SFDO-Community/declarative-lookup-rollup-summaries/issues/358",
  },
  {
    message:
      "INVALID_SESSION_ID: Invalid Session ID found in SessionHeader: Illegal Session. Session not found, missing session key: <Session Key>\nThis is expected, it can happen if the session has expired and swept away, or if the user logs out, or if its just someone trying to hack in.",
    source: "https://github.com/xjsender/haoide/issues/35",
  },
  {
    message: "INVALID_SESSION_ID: Session expired or invalid",
    source: "https://github.com/restforce/restforce/issues/512",
  },
  {
    message:
      '{\n    "message": "Session expired or invalid",\n    "errorCode": "INVALID_SESSION_ID"\n}',
    source: "https://github.com/forcedotcom/postman-salesforce-apis/issues/40",
  },
  {
    message:
      "exceptionMessage='Invalid Session ID found in SessionHeader: Illegal Session. Session not found, missing session hash: 2b35c8ce52f845a5831e2710af4b2a4fe360321f3e5649b4432be246dcf505da\nThis error usually occurs after a session expires or a user logs out. Decoder: DataInDbSessionKeyDecoder'",
    source: "https://github.com/vdesabou/kafka-docker-playground/issues/7669",
  },
  {
    message: "Error: TotalRequests Limit exceeded.",
    source: "https://github.com/jetstreamapp/jetstream/issues/868",
  },
  {
    message: "REQUEST_LIMIT_EXCEEDED: TotalRequests Limit exceeded.",
    source: "https://github.com/SalesforceLabs/OrgCheck/issues/181",
  },
  {
    message:
      "caused by: System.DmlException: Insert failed. First exception on row 0; first error: INACTIVE_OWNER_OR_USER, operation performed with inactive user: []",
    source: "https://github.com/SalesforceLabs/Milestones-PM/issues/26",
  },
  {
    message:
      "Error inserting Account record(s). Cannot insert Account (Account Name : Acme). Message: operation performed with inactive user . StatusCode = INACTIVE_OWNER_OR_USER.",
    source: "https://help.salesforce.com/apex/HTViewSolution?id=000205862&language=en_US",
  },
  {
    message:
      "stdClass Object\n(\n    [message] => cannot reference converted lead\n    [statusCode] => CANNOT_UPDATE_CONVERTED_LEAD\n)",
    source: "https://github.com/gravityplus/Gravity-Forms-Salesforce/issues/342",
  },
  {
    message:
      "caused by: System.DmlException: Update failed. First exception on row 7 with id 00Qd000000qfLveEAE; first error: CANNOT_UPDATE_CONVERTED_LEAD, cannot reference converted lead: []",
    source: "https://github.com/SFDO-Community/declarative-lookup-rollup-summaries/issues/164",
  },
  {
    message:
      "ClientError: INVALID_FIELD_FOR_INSERT_UPDATE: Unable to create/update fields: ConvertedOpportunityId.",
    source: "https://github.com/restforce/restforce/issues/483",
  },
  {
    message: "cannot reference converted lead",
    source: "https://github.com/grouparoo/grouparoo/issues/1043",
  },
  {
    message:
      "[{'message': 'EEE: id value of incorrect type: John Doe', 'errorCode': 'MALFORMED_ID', 'fields': ['EEE__c']}]",
    source: "https://github.com/simple-salesforce/simple-salesforce/issues/424",
  },
  {
    message: "Domain: id value of incorrect type: pwtestaccount.com",
    source: "https://github.com/forcedotcom/dataloader/issues/1657",
  },
  {
    message: "API is disabled for this user",
    source:
      "github:AdobeDocs/marketo.en/help/marketo/product-docs/marketo-sales-insight/actions/crm/salesforce-integration/salesforce-diagnostics.md",
  },
  {
    message: "invalid_grant: authentication failure",
    source:
      "github:AdobeDocs/marketo.en/help/marketo/product-docs/marketo-sales-insight/actions/crm/salesforce-integration/salesforce-diagnostics.md",
  },
  {
    message: "the entity is locked for editing",
    source:
      "github:AdobeDocs/marketo.en/help/marketo/product-docs/marketo-sales-insight/actions/crm/salesforce-integration/salesforce-diagnostics.md",
  },
  {
    message: "invalid_grant: expired access/refresh token",
    source:
      "github:AdobeDocs/marketo.en/help/marketo/product-docs/marketo-sales-insight/actions/crm/salesforce-integration/salesforce-diagnostics.md",
  },
  {
    message: "invalid_grant: inactive user",
    source:
      "github:AdobeDocs/marketo.en/help/marketo/product-docs/marketo-sales-insight/actions/crm/salesforce-integration/salesforce-diagnostics.md",
  },
  {
    message: "invalid_grant: inactive organization",
    source:
      "github:AdobeDocs/marketo.en/help/marketo/product-docs/marketo-sales-insight/actions/crm/salesforce-integration/salesforce-diagnostics.md",
  },
  {
    message: "INSERT_UPDATE_DELETE_NOT_ALLOWED_DURING_MAINTENANCE",
    source:
      "github:AdobeDocs/marketo.en/help/marketo/product-docs/marketo-sales-insight/actions/crm/salesforce-integration/salesforce-diagnostics.md",
  },
  {
    message:
      "Unable to create/update fields: MSE_Replied__c. Please check the security settings of this field.",
    source:
      "github:AdobeDocs/marketo.en/help/marketo/product-docs/marketo-sales-insight/actions/crm/salesforce-integration/salesforce-diagnostics.md",
  },
  {
    message: "invalid_grant: ip restricted",
    source:
      "github:AdobeDocs/marketo.en/help/marketo/product-docs/marketo-sales-insight/actions/crm/salesforce-integration/salesforce-diagnostics.md",
  },
  {
    message:
      "CreatedDate, (SELECT Id FROM Tasks) FROM Lead WHERE Email='emailid'^ERROR at Row:1:Column:53sObject type 'Lead' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names",
    source:
      "github:AdobeDocs/marketo.en/help/marketo/product-docs/marketo-sales-insight/actions/crm/salesforce-integration/salesforce-diagnostics.md",
  },
  {
    message: "Your query request was running too long",
    source:
      "github:AdobeDocs/marketo.en/help/marketo/product-docs/marketo-sales-insight/actions/crm/salesforce-integration/salesforce-diagnostics.md",
  },
  {
    message: "ConcurrentPerOrgLongTxn Limit exceeded",
    source:
      "github:AdobeDocs/marketo.en/help/marketo/product-docs/marketo-sales-insight/actions/crm/salesforce-integration/salesforce-diagnostics.md",
  },
  {
    message: "server too busy",
    source:
      "github:AdobeDocs/marketo.en/help/marketo/product-docs/marketo-sales-insight/actions/crm/salesforce-integration/salesforce-diagnostics.md",
  },
  {
    message:
      "The operation you requested isn't allowed due to a security policy in your organization. Contact your administrator.",
    source:
      "github:AdobeDocs/marketo.en/help/marketo/product-docs/marketo-sales-insight/actions/crm/salesforce-integration/salesforce-diagnostics.md",
  },
  {
    message: 'unable to obtain exclusive access to this record or 1 records: "record ID"',
    source:
      "github:AdobeDocs/marketo.en/help/marketo/product-docs/marketo-sales-insight/actions/crm/salesforce-integration/salesforce-diagnostics.md",
  },
  {
    message: "Unknown Exception occurred",
    source:
      "github:AdobeDocs/marketo.en/help/marketo/product-docs/marketo-sales-insight/actions/crm/salesforce-integration/salesforce-diagnostics.md",
  },
  {
    message:
      "UNKNOWN_EXCEPTION: An unexpected error occurred. Please include this ErrorId if you contact support: 1717804919-93512 (-1371860698)",
    source: "https://github.com/joeferraro/MavensMate-Desktop/issues/149",
  },
  {
    message:
      '[{"errorCode":"INVALIDENTITY","message":"Entity \'01I0e000000FMSK.Tag\' is not supported by the Bulk API."}]',
    source: "https://github.com/airbytehq/airbyte/issues/13088",
  },
  {
    message:
      "InvalidBatch : Failed to process query: INVALID_TYPE_FOR_OPERATION: The root entity of the requested query (Contact) does not match the entity of the requested Bulk API Job (Account).",
    source: "https://github.com/simple-salesforce/simple-salesforce/issues/502",
  },
  {
    message:
      "org.apache.cxf.binding.soap.SoapFault: INVALID_TYPE: sObject type 'LoginHistory' is not supported.",
    source: "https://github.com/RoseSilverSoftware/IlluminatedCloud/issues/2141",
  },
  {
    message:
      'simple_salesforce.api.SalesforceGeneralError: [ {\n  "message" : "sObject type \'ContentHubRepository\' is not supported.",\n  "errorCode" : "INVALID_TYPE"\n}',
    source: "https://github.com/simple-salesforce/simple-salesforce/issues/287",
  },
  {
    message:
      '[{"message":"\\nEmail, Department, HomePhone from Contact limit 10000\\n                                  ^\\nERROR at Row:1:Column:105\\nsObject type \'Contact\' is not supported. If you are attempting to use a custom object, be sure to append the \'__c\' after the entity name. Please reference your WSDL or the describe call for the appropriate names.","errorCode":"INVALID_TYPE"}]',
    source: "https://github.com/forcedotcom/SalesforceMobileSDK-Android/issues/1113",
  },
  {
    message:
      '{ "message":"sObject type \'Organization\' is not supported.","name":"INVALID_TYPE","stack":"INVALID_TYPE: sObject type \'Organization\' is not supported.\\n    at HttpApi.getError (/root/dev/src/github.com/segment-sources/salesforce/node_modules/jsforce/lib/http-api.js:250:13)\\n }',
    source: "https://github.com/jsforce/jsforce/issues/423",
  },
  {
    message:
      "Error (sf:INSUFFICIENT_ACCESS): INSUFFICIENT_ACCESS: use of the Metadata API requires a user with the ModifyAllData or ModifyMetadata permissions",
    source: "https://github.com/forcedotcom/cli/issues/3048",
  },
  {
    message:
      '[{"message":"This session is not valid for use with the REST API","errorCode":"INVALID_SESSION_ID"}]',
    source: "https://github.com/verbb/formie/issues/186",
  },
  {
    message: "insufficient access rights on cross-reference id: 1dc0l000000jM12",
    source: "https://github.com/daishi4u/ForceCode/issues/99",
  },
  {
    message:
      "Error occurred processing component test. insufficient access rights on cross-reference id (INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY).",
    source: "https://github.com/certinia/apex-mdapi/issues/244",
  },
  {
    message: "00177000002dMrFAAU [insufficient access rights on cross-reference id]",
    source: "https://github.com/UnofficialSF/LightningFlowComponents/issues/973",
  },
  {
    message: "00177000002dMrKAAU [invalid cross reference id]",
    source: "https://github.com/UnofficialSF/LightningFlowComponents/issues/973",
  },
  {
    message: "[insufficient access rights on object id]",
    source: "https://github.com/UnofficialSF/LightningFlowComponents/issues/973",
  },
  {
    message:
      "Provided external ID field does not exist or is not accessible: tmp_sf_5aecbe07d3ca11.77821783",
    source: "https://github.com/MinnPost/object-sync-for-salesforce/issues/172",
  },
  {
    message:
      "Unable to create/update fields: Opportunity_ID__c. Please check the security settings of this field and verify that it is read/write for your profile or permission set.",
    source: "https://github.com/OpenFn/docs/issues/92",
  },
  {
    message:
      "Field xxx__c does not have the correct permissions ('updateable', 'createable') for this operation.",
    source: "https://github.com/SFDO-Tooling/CumulusCI/issues/3700",
  },
  {
    message:
      "[AsyncApiException exceptionCode='InvalidJob' exceptionMessage='Field name provided, Name does not match an External ID, Salesforce Id, or indexed field for Account' ]",
    source:
      "http://stackoverflow.com/questions/13416791/bulk-api-errors-upsert-on-standard-salesforce-object/13417381",
  },
  {
    message:
      "Foreign key external ID: 0000955741 not found for field Some_Custom_Field__c in entity Account",
    source: "https://docs.polytomic.com/docs/saleforceinvalid_reference_error",
  },
  {
    message:
      "We can't complete the action because enabled transaction security policies took too long to complete.",
    source: "https://github.com/airbytehq/airbyte/issues/26520",
  },
  {
    message: "Max bulk v2 query jobs (10000) per 24 hrs has been reached (10021).",
    source: "https://github.com/airbytehq/airbyte/issues/26520",
  },
  {
    message:
      "Implementation restriction: EntitySubscription only allows security evaluation for non-admin users when LIMIT is specified and at most 1000",
    source: "https://github.com/airbytehq/airbyte/issues/26520",
  },
  {
    message: "StatusCode: TRANSFER_REQUIRES_READ\nMessage: The new owner must have read permission",
    source: "https://github.com/jongpie/NebulaLogger/issues/918",
  },
  {
    message:
      "[LoginFault [ApiFault  exceptionCode='INVALID_LOGIN'\n exceptionMessage='Invalid username, password, security token; or user locked out.'\n]\n]",
    source: "https://github.com/forcedotcom/wsc/issues/9",
  },
  {
    message:
      "Error: INVALID_LOGIN: Invalid username, password, security token, user not active, or user locked out",
    source: "https://github.com/forcedotcom/EMP-Connector/issues/95",
  },
  {
    message:
      "[Error: LOGIN_MUST_USE_SECURITY_TOKEN: Invalid username, password, security token; or user locked out. Are you at a new location? When accessing Salesforce--either via a desktop client or the API--from outside of your company’s trusted networks, you must add a security token to your password to log in.",
    source: "https://github.com/jsforce/jsforce/issues/487",
  },
  {
    message:
      "<soapenv:Fault><faultcode>INVALID_LOGIN</faultcode><faultstring>INVALID_LOGIN: Invalid username, password, security token; or user locked out.</faultstring>",
    source: "https://github.com/apexsharp/apexsharp/issues/20",
  },
  {
    message:
      "Cannot modify managed object: entity=StaticResource, component=0814J000000pP6E, field=Body, state=install.",
    source:
      "https://docs.gearset.com/en/articles/2924100-remove-components-added-to-standard-objects-by-managed-packages",
  },
  {
    message: "NOT_FOUND: The requested resource does not exist",
    source: "https://github.com/SalesforceLabs/OrgCheck/issues/48",
  },
  {
    message: "entity is deleted ENTITY_IS_DELETED",
    source: "github:maheshksabbella/ic/src/test/resources/updateaccounttest/mock_payload.dwl",
  },
  {
    message: "MALFORMED_ID: Object name id: id value of incorrect type",
    source: "https://help.salesforce.com/s/articleView?id=000387915&language=sv&type=1",
  },
  {
    message: "MALFORMED_ID:bad id.",
    source: "https://help.salesforce.com/s/articleView?id=000387915&language=da&type=1",
  },
  {
    message: "MISSING_ARGUMENT:Id not specified in an update call.",
    source: "https://help.salesforce.com/s/articleView?id=000387915&language=da&type=1",
  },
  {
    message: "INVALID_CROSS_REFERENCE_KEY: invalid cross reference id.",
    source: "https://help.salesforce.com/s/articleView?id=000387915&language=da&type=1",
  },
  {
    message: "Account ID: id value of incorrect type: 001XXXXXXXXXXXXXXX",
    source:
      "https://salesforce.stackexchange.com/questions/334496/dataloader-update-error-account-id-id-value-of-incorrect-type-001xxxxxxxxxxx",
  },
  {
    message: "operation performed with inactive user",
    source: "https://help.salesforce.com/s/articleView?id=005237350&language=de&type=1",
  },
  {
    message: "Insufficient Privileges",
    source: "https://help.salesforce.com/s/articleView?id=000386367&language=no&type=1",
  },
  {
    message: "INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY",
    source: "https://help.salesforce.com/s/articleView?id=000390011&language=en_US&type=1",
  },
  {
    message:
      "Top level error: System.DmlException - Delete failed. First exception on row 0 with id 000xxxxxxxxxxxx; first error: INSUFFICIENT_ACCESS_OR_READONLY, insufficient access rights on object id: []",
    source:
      "https://customers.internetcreations.com/KnowledgeDetail?name=Error-Message-when-Merging-Cases-Top-level-error-System-DmlException-Delete-failed-First-exception-on-row-0-with-id-000xxxxxxxxxxxx-first-error-INSUFFICIENT-ACCESS-OR-READONLY-insufficient-access-rights-on-object-id",
  },
  {
    message: "INSUFFICIENT_ACCESS: insufficient access rights on object id",
    source: "https://qiita.com/kk1212/items/7f7bf9607aa0c27cdbf1",
  },
  {
    message:
      "<faultcode>sf:REQUEST_LIMIT_EXCEEDED</faultcode> <faultstring>REQUEST_LIMIT_EXCEEDED: ConcurrentRequests (Concurrent API Requests) Limit exceeded.</faultstring>",
    source: "https://gist.github.com/ndabAP/2ae90f3b871403d822ec2de0bcffb5b0",
  },
  {
    message:
      'ERROR - {"success": false, "created": false, "id": null, "errors": [{"message": "Unexpected JsonMappingException: No such column \'Car_Type__c\' on sobject of type Text_Message__c", "fields": [], "statusCode": "INVALID_FIELD", "extendedErrorDetails": null}]}',
    source: "https://github.com/simple-salesforce/simple-salesforce/issues/372",
  },
  {
    message: "No such column 'AccountSource' on sobject of type Account",
    source: "https://github.com/wadewegner/Force.com-Toolkit-for-NET/issues/90",
  },
  {
    message:
      "[UnexpectedErrorFault [ApiFault  exceptionCode='UNKNOWN_EXCEPTION'\n exceptionMessage='An unexpected error occurred. Please include this ErrorId if you contact support: 239246477-13773 (-172180249)'",
    source: "https://github.com/theswamis/dataloadercliq/issues/86",
  },
  {
    message:
      "Field Secondary Technician in account is not available in this org due to insufficient privileges. (FIELD_INTEGRITY_EXCEPTION). Fields Source_Field__c.",
    source: "https://github.com/forcedotcom/CustomMetadataLoader/issues/84",
  },
  {
    message: "invalid session id found in SessionHeader",
    source: "https://github.com/forcedotcom/dataloader/issues/867",
  },
  {
    message:
      'This client does not have Bulk API permissions, received "API_DISABLED_FOR_ORG" error code',
    source: "github:stitchdata/docs/_data/errors/extraction/saas/salesforce.yml",
  },
  {
    message:
      "OPERATION_TOO_LARGE: exceeded 100000 distinct who/what's. Consider asking your Salesforce System Administrator to provide you with the `View All Data` profile permission. (Stream: [stream])",
    source: "github:stitchdata/docs/_data/errors/extraction/saas/salesforce.yml",
  },
  {
    message:
      "simple_salesforce.exceptions.SalesforceExpiredSession: Expired session for https://.../services/data/v42.0/search/?q=.... \nResponse content: [{'message': 'This session is not valid for use with the REST API', 'errorCode': 'INVALID_SESSION_ID'}]",
    source: "https://github.com/simple-salesforce/simple-salesforce/issues/422",
  },
  {
    message:
      "SalesforceError: {u'message': u'The users password has expired, you must call SetPassword before attempting any other API operations', u'errorCode': u'INVALID_OPERATION_WITH_EXPIRED_PASSWORD'}",
    source: "https://github.com/django-salesforce/django-salesforce/issues/88",
  },
  {
    message: "Error: Session expired or invalid",
    source: "https://github.com/CityOfBoston/311/issues/689",
  },
  {
    message: "Error: Field OwnerId is not editable when updating Lead",
    source: "https://github.com/mshanemc/roundRobinProcessBuilder/issues/16",
  },
  {
    message: 'https://ap5.salesforce.com/services/data/v39.0/sobjects/Contact Code=403 "(null)"',
    source: "https://github.com/forcedotcom/SalesforceMobileSDK-iOS/issues/2154",
  },
  {
    message: 'Error Type: Other\nMessage: "entity is deleted"',
    source: "https://github.com/SalesforceFoundation/NPSP/issues/3017",
  },
  {
    message:
      "The record you attempted to access has been deleted. The user who deleted this record may be able to recover it from the Recycle Bin. Deleted data is stored in the Recycle Bin for 15 days.",
    source: "https://github.com/SalesforceFoundation/NPSP/issues/2329",
  },
  {
    message:
      "Failed to merge the contacts. Error: System.DmlException: Update failed. First exception on row 0 with id 003i000000QTXAOAA5; first error: ENTITY_IS_DELETED, entity is deleted: []",
    source: "https://github.com/SalesforceFoundation/NPSP/issues/352",
  },
  {
    message:
      "Error element ia_processContactUpdateB2CProfile (FlowActionCall).\nAn Apex error occurred: System.DmlException: Upsert failed. First exception on row 0 with id 0032100000uJH0AAAW; \nfirst error: ENTITY_IS_DELETED, entity is deleted: []",
    source: "https://github.com/sfb2csolutionarchitects/b2c-crm-sync/issues/9",
  },
  {
    message:
      '[{"actionName":"Update_Action_from_Scheduler","errors":[{"statusCode":"UNKNOWN_EXCEPTION","message":"An error occurred when executing a flow interview.","fields":[]}],"isSuccess":false,"outputValues":null}',
    source: "https://github.com/sfdx-mass-action-scheduler/sfdx-mass-action-scheduler/issues/40",
  },
  {
    message:
      'There were custom validation error(s) encountered while saving the affected record(s). The first validation error encountered was "Apex trigger PurchaseOrderTrigger caused an unexpected exception, contact your administrator: PurchaseOrderTrigger: execution of AfterUpdate caused by: System.DmlException: Update failed. First exception on row 0 with id a0W200000091UOyEAM; first error: ENTITY_IS_LOCKED, the entity is locked for editing: []',
    source: "https://developer.salesforce.com/forums/ForumsMain?id=906F000000091ZWIAY",
  },
  {
    message: "Error: InvalidBatch : Field name not found : Subject",
    source: "https://github.com/jsforce/jsforce/issues/688",
  },
  {
    message: "<Job.Batch.StateMessage>InvalidBatch : Field name not found : Report_Date__c</>",
    source: "https://github.com/ForceCLI/force/issues/413",
  },
  {
    message:
      "null:InvalidBatch : InvalidBatch : Field name not found : Name. Batch will not be retried.",
    source: "https://github.com/msrivastav13/node-sf-bulk2/issues/17",
  },
  {
    message:
      "Errors when adding to Salesforce (NovaPOS_Gateway_Accounts__c): NovaPOS Location: id value of incorrect type: Location 1",
    source: "https://github.com/gravityplus/Gravity-Forms-Salesforce/issues/302",
  },
  {
    message:
      "Errors when adding to Salesforce (NovaPOS_Gateway_Accounts__c): Unable to create/update fields: Account_Name__c. Please check the security settings of this field and verify that it is read/write for your profile or permission set.",
    source: "https://github.com/gravityplus/Gravity-Forms-Salesforce/issues/302",
  },
  {
    message:
      "An Apex error occurred: System.DmlException: Update failed. First exception on row 0 with id 00vQ0000005QthIIAS; first error: FIELD_INTEGRITY_EXCEPTION, BDR Assigned: id value of incorrect type: 00G36000002SLCREA4: [BDR__c]",
    source: "https://github.com/mshanemc/roundRobinProcessBuilder/issues/2",
  },
  {
    message:
      "Exception occurred: invalid ID field: Id Class.LightningLookupController.getFieldValue: line 141, column 1",
    source: "https://github.com/UnofficialSF/LightningFlowComponents/issues/733",
  },
  {
    message: "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST, bad value for restricted picklist field",
    source: "https://github.com/mbotos/SmartFactory-for-Force.com/issues/31",
  },
  {
    message:
      "npsp.TDTM_RecurringDonation: execution of AfterUpdate caused by: System.DmlException: Insert failed. First exception on row 0; first error: INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST, Day of Month: bad value for restricted picklist field: 30: [npsp__DayOfMonth__c] (npsp)",
    source: "https://github.com/SalesforceFoundation/NPSP/issues/5456",
  },
  {
    message: "Recurring Type: bad value for restricted picklist field: Fixed",
    source: "https://github.com/SalesforceFoundation/NPSP/issues/5409",
  },
  {
    message: "Required fields are missing: [LastName]",
    source: "https://github.com/theswamis/dataloadercliq/issues/75",
  },
  {
    message: "REQUIRED_FIELD_MISSING- Required fields are missing: [Formal_Greeting__c]",
    source: "https://github.com/SalesforceFoundation/NPSP/issues/3394",
  },
  {
    message: "1. REQUIRED_FIELD_MISSING (Account): Required fields are missing: [Name]",
    source: "https://github.com/neuralab/woocommerce-salesforce-integration/issues/6",
  },
  {
    message:
      "caused by: System.DmlException: Insert failed. First exception on row 0; first error: STRING_TOO_LONG, Description: data value too large: <<customer data>>  (max length=255): [Description]",
    source: "https://github.com/SalesforceLabs/Milestones-PM/issues/32",
  },
  {
    message:
      "seneca: Action cmd:save,role:entity failed: Billing City: data value too large: Giugliano in Campania, Metropolitan City of Naples (max length=40).",
    source: "https://github.com/CoderDojo/community-platform/issues/762",
  },
  {
    message:
      "STRING_TOO_LONG: Billing City: data value too large: Giugliano in Campania, Metropolitan City of Naples (max length=40)",
    source: "https://github.com/CoderDojo/community-platform/issues/762",
  },
  {
    message:
      "Error (STRING_TOO_LONG): Namespace: data value too large: XXXXXXXXXXXXXXXXXXX (max length=15)",
    source: "https://github.com/forcedotcom/cli/issues/3280",
  },
  {
    message:
      "Error element ia_persistAndAuditB2CAuthToken (FlowActionCall).\nAn Apex error occurred: System.DmlException: Insert failed. First exception on row 0; first error: STRING_TOO_LONG, B2C AuthToken: data value too large: \n<a large access token which is definitely greater than 80 characters>\n(max length=80): [Name]",
    source: "https://github.com/SalesforceCommerceCloud/b2c-crm-sync/issues/181",
  },
  {
    message:
      "Error: Error on record with id 17: STRING_TOO_LONG: Username: data value too large: Candace_Vincent_74903c4d-2f2c-43f2-82d9-7f09a40c7bc5@laptop-20.williamson-velez.com (max length=80) (Username)",
    source: "https://github.com/SFDO-Tooling/Snowfakery/issues/546",
  },
  {
    message:
      "Error occured processing component CMDT.XXX.Email: invalid email address: XX (INVALID_EMAIL_ADDRESS)",
    source: "https://github.com/forcedotcom/CustomMetadataLoader/issues/68",
  },
  {
    message: "DUPLICATES_DETECTED: Use one of these records?",
    source: "https://github.com/jetstreamapp/jetstream/issues/482",
  },
  {
    message: "DUPLICATES_DETECTED, Duplicate Alert: []",
    source: "https://github.com/afawcett/apex-sobjectdataloader/pull/22",
  },
  {
    message:
      "Faraday::ClientError: DUPLICATES_DETECTED: You're creating a duplicate record. We recommend you use an existing record instead.",
    source: "https://github.com/restforce/restforce/issues/347",
  },
  {
    message:
      "Upsert failed. First exception on row 4; first error: DUPLICATE_VALUE, duplicate value found: duplicates value on record with id: : []",
    source: "https://github.com/SalesforceLabs/QuotaEdit/issues/82",
  },
  {
    message:
      "dlrs_CaseTrigger: execution of AfterUpdate caused by: System.DmlException: Upsert failed. First exception on row 0; first error: DUPLICATE_VALUE, duplicate value found: dlrs__QualifiedParentID__c duplicates value on record with id: a6L3n000000NPlY: [] (dlrs)",
    source: "https://github.com/SFDO-Community/declarative-lookup-rollup-summaries/issues/1039",
  },
  {
    message:
      "FIELD_INTEGRITY_EXCEPTION:There's a problem with this state, even though it may appear correct. Please select a state from the list of valid states.: State/Province:State",
    source: "https://salesforce.stackexchange.com/q/122863",
  },
  {
    message:
      "The BillingStateCode field contains EP, which isn't an available state. Your administrator can add it for you.",
    source: "https://support.storeconnect.com/article/resolve-state-country-picklist-sync-errors",
  },
  {
    message: "The ShippingStateCode field contains STS, which isn't an available state.",
    source: "https://support.storeconnect.com/article/resolve-state-country-picklist-sync-errors",
  },
  {
    message:
      "The BillingCountryCode field contains LK, which isn't an available country/territory.",
    source: "https://support.storeconnect.com/article/resolve-state-country-picklist-sync-errors",
  },
  {
    message: "Mailing Country Code: bad value for restricted picklist field: {value}",
    source: "https://help.salesforce.com/s/articleView?id=000386448&language=sv&type=1",
  },
  {
    message: "Billing Country Code: bad value for restricted picklist field: {value}",
    source: "https://help.salesforce.com/s/articleView?id=000386448&language=sv&type=1",
  },
  {
    message:
      "Apex trigger djhcumulus2.TDTM_Contact caused an unexpected exception, contact your administrator: djhcumulus2.TDTM_Contact: execution of AfterInsert caused by: System.DmlException: Update failed. First exception on row 0 with id 001G0000022jmK9IAI; first error: FIELD_INTEGRITY_EXCEPTION, The existing country/territory doesn't recognize the state value for field: Billing State/Province Code: [BillingStateCode]: Class.djhcumulus2.TDTM_TriggerHandler.processDMLAllOrNothing: line 231, column 1",
    source: "https://github.com/SalesforceFoundation/NPSP/issues/2432",
  },
  {
    message:
      "Update failed. First exception on row 0 with id 003Z000000ofqCQIAY; first error: FIELD_INTEGRITY_EXCEPTION, There's a problem with this country, even though it may appear correct. Please select a country from the list of valid countries.: [MailingCountry]",
    source: "https://github.com/SalesforceFoundation/NPSP/issues/994",
  },
  {
    message:
      "System.DmlException: Insert failed. First exception on row 1; first error: FIELD_INTEGRITY_EXCEPTION, There's a problem with this state, even though it may appear correct. Please select a state from the list of valid states.: [BillingState]",
    source: "https://github.com/UnofficialSF/LightningFlowComponents/issues/1567",
  },
  {
    message:
      "Update failed. First exception on row 0 with id 0015t000003Cq0nAAC; first error: FIELD_INTEGRITY_EXCEPTION, The BillingStateCode field contains FD, which isn't an available state. Your administrator can add it for you.: [BillingStateCode]",
    source: "https://github.com/SalesforceFoundation/NPSP/issues/6405",
  },
  {
    message:
      "Cannot deserialize instance of datetime from VALUE_STRING value 2017-10-17 00:00:00 or request may be missing a required field at [line:1, column:129]",
    source: "https://github.com/regican/Salesforce/issues/2",
  },
  {
    message:
      "Salesforce.Common.ForceException: Cannot deserialize instance of date from VALUE_STRING value 2015-07-23T09:38:33.6366008+02:00 at [line:1, column:268]",
    source: "https://github.com/wadewegner/Force.com-Toolkit-for-NET/pull/127",
  },
  {
    message:
      'HTTP-CLIENT-RECEIVE-ERROR: HTTP status code 400 received: message: Bad Request (arg: {request-uri: "POST /services/data/v48.0/sobjects/Order HTTP/1.1", response-code: 400, response-body: [{message: "Cannot deserialize instance of date from VALUE_STRING value 2020-04-30T13:19:18.000000+02:00 or request may be missing a required field at [line:1, column:35]", errorCode: "JSON_PARSER_ERROR"}]})',
    source: "https://github.com/qoretechnologies/qore/issues/3908",
  },
  {
    message:
      'API error: “[{"message":"Cannot deserialize instance of datetime from VALUE_STRING value 2046-04-05 17:00:00 or request may be missing a required field at [line:1, column:123]","errorCode":"JSON_PARSER_ERROR"}]”',
    source: "https://github.com/verbb/formie/issues/2790",
  },
  {
    message: "JSON_PARSER_ERROR: Cannot deserialize instance of date from START_OBJECT value",
    source: "https://github.com/forcedotcom/SalesforceMobileSDK-ReactNative/issues/194",
  },
  {
    message:
      "[2016-12-02 21:26:02] mautic.ERROR: INTEGRATION ERROR: Salesforce - Cannot deserialize instance of double from VALUE_STRING value pointChange76-00Q58000007EWMDEA4 or request may be missing a required field at [line:1, column:345] [] []",
    source: "https://github.com/mautic/mautic/issues/3048",
  },
  {
    message:
      "Cannot deserialize instance of date from VALUE_STRING value 2019-11-26 00:00:00 or request may be missing a required field",
    source: "https://github.com/SalesforceFoundation/gem/issues/246",
  },
  {
    message:
      "Faraday::ClientError: INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST: Highest Degree: bad value for restricted picklist field: Bachelor&#39;s Degree",
    source: "https://github.com/restforce/restforce/issues/254",
  },
  {
    message: "New Record Error: ProductName [Product Family: value not of required type: Autoklav]",
    source: "https://github.com/UnofficialSF/LightningFlowComponents/issues/706",
  },
  {
    message:
      'There were custom validation error(s) encountered while saving the affected record(s). The first validation error encountered was "Apex trigger dlrs_NB_Action_InfoTrigger caused an unexpected exception, contact your administrator: dlrs_NB_Action_InfoTrigger: execution of AfterUpdate caused by: System.DmlException: Update failed. First exception on row 0 with id a0n1Y00000MmTlkQAF; first error: NUMBER_OUTSIDE_VALID_RANGE, Completed Action: value outside of valid range on numeric field: 10.0: [Completed_Action__c]: Class.dlrs.RollupService.Updater.updateRecords: line 1315, column 1".',
    source: "https://github.com/SFDO-Community/declarative-lookup-rollup-summaries/issues/713",
  },
  {
    message:
      '[{"message":"duplicate value found: NozzleAccountId__c duplicates value on record with id: 001Vr00000m4eGCIAY","errorCode":"DUPLICATE_VALUE","fields":[]}]',
    source: "https://github.com/k-capehart/go-salesforce/issues/133",
  },
  {
    message: "The external ID provided matches more than one record",
    source: "https://github.com/restforce/restforce/issues/243",
  },
  {
    message:
      "NUMBER_OUTSIDE_VALID_RANGE:Normalized Score: value outside of valid range on numeric field: 100.0:normalized_score__c --",
    source: "https://dfc-org-production.force.com/forums/ForumsMain?id=9060G000000BfsuQAC",
  },
  {
    message:
      "Error: Error on record with id 1: INVALID_FIELD:Failed to deserialize field at col 0. Due to, '2018-09-28' is not a valid value for the type xsd:dateTime:CreatedDate --",
    source: "https://github.com/SFDO-Tooling/Snowfakery/issues/793",
  },
  {
    message:
      "12:42:28.494 (1494981000)|FATAL_ERROR|System.DmlException: Insert failed. First exception on row 0; first error: INVALID_EMAIL_ADDRESS, Email: invalid email address: i will break: [Email]",
    source:
      "http://salesforce.stackexchange.com/questions/8689/unit-testing-custom-email-validations",
  },
  {
    message:
      "Errors when adding to Salesforce (Lead): duplicate value found: Email_2__c duplicates value on record with id: [ID of converted lead]",
    source: "https://github.com/gravityplus/Gravity-Forms-Salesforce/issues/163",
  },
  {
    message: "Membership Level: bad value for restricted picklist field:",
    source: "https://github.com/MinnPost/object-sync-for-salesforce/issues/130",
  },
  {
    message:
      "DUPLICATE_VALUE:duplicate value found: EngineeringReqNumber__c duplicates value on record with id: 5006g00000DklQA",
    source:
      "https://docs.gearset.com/en/articles/4002241-resolving-data-deployment-errors-duplicate_value-duplicate-value-found",
  },
  {
    message: "Error: Duplicate id specified: 0013000000auCyTAAU",
    source: "https://help.salesforce.com/s/articleView?id=000384876&language=ru&type=1",
  },
  {
    message:
      'TestDataFactory.TestDataFactoryException: Unable to insert "Contact" records: \nINVALID_OR_NULL_FOR_RESTRICTED_PICKLIST: PicklistExample: bad value for restricted picklist field: TEST [CustomField__c=TEST]',
    source: "github:benahm/TestDataFactory/docs/LIMITATIONS.md",
  },
  {
    message:
      "seneca: Action cmd:save,role:entity failed: Record Type ID: this ID value isn't valid for the user: .",
    source: "https://github.com/CoderDojo/community-platform/issues/888",
  },
  {
    message:
      "Error Occurred: This error occurred when the flow tried to create records: DUPLICATE_VALUE: duplicate value found: B2C_Customer_ID__c duplicates value on record with id: 003PY0000xxxxxxxxx. You can look up ExceptionCode values in the...",
    source: "https://github.com/SalesforceCommerceCloud/b2c-crm-sync/issues/274",
  },
  {
    message:
      '"message": "duplicate value found: uuid__c duplicates value on record with id: *******************",\n        "errorCode": "DUPLICATE_VALUE",\n        "fields": []',
    source:
      "https://salesforce.stackexchange.com/questions/197382/salesforce-rest-upsert-for-externalid-cause-duplicate-value-error/219520",
  },
  {
    message:
      "Line: 12, Column: 1 System.DmlException: Upsert failed. First exception on row 0; first error: DUPLICATE_VALUE, Duplicate external id specified: ABC123: [Name]",
    source:
      "https://salesforce.stackexchange.com/questions/104048/why-does-upsert-cause-a-duplicate-value-error?r=SearchResults",
  },
  {
    message:
      "SF_ERROR: DUPLICATE_EXTERNAL_ID OBJ: Product2 - Case SKU Number (US): more than one record found for external id field: [01tj00000033KNPAA2, 01tj0000002xwceAAA] FIELDS: Field_Source__C.",
    source: "https://wiki.myrapidi.com/wiki/duplicate_external_id",
  },
  {
    message:
      "FIELD_INTEGRITY_EXCEPTION: Value does not exist or does not match filter criteria. Click icon to select a value.",
    source: "https://sfdc-developer.blogspot.com/2009/11/lookup-filter-cautionary-tale.html",
  },
  {
    message:
      "Error: Error on record with id 29: INVALID_CROSS_REFERENCE_KEY: Owner ID: owner cannot be blank (OwnerId)",
    source: "https://github.com/SFDO-Tooling/CumulusCI/issues/3400",
  },
  {
    message:
      "Errors when adding to Salesforce (NovaPOS_Gateway_Accounts__c): NovaPOS Location: id value of incorrect type: Location 1",
    source: "https://github.com/gravityplus/Gravity-Forms-Salesforce/issues/302",
  },
  {
    message:
      "Errors when adding to Salesforce (NovaPOS_Gateway_Accounts__c): NovaPOS Location: id value of incorrect type: Asi-tech-123",
    source: "https://github.com/gravityplus/Gravity-Forms-Salesforce/issues/302",
  },
  {
    message:
      'Error: System.HttpResponse[Status=Bad Request, StatusCode=400]\n[{"actionName":"Opportunity.Move_to_Closed_Won","errors":[{"statusCode":"INVALID_TYPE_ON_FIELD_IN_RECORD","message":"Amount: invalid number: $10.00","fields":["Amount"]}],"isSuccess":false,"ou',
    source: "https://github.com/sfdx-mass-action-scheduler/sfdx-mass-action-scheduler/issues/18",
  },
  {
    message: "You have to specify a Lead Source before continuing",
    source: "https://github.com/wadewegner/Force.com-Toolkit-for-NET/issues/144",
  },
  {
    message:
      '2022-06-30 12:11:10 [-][1609][-][error][formie] Salesforce: API error: “[{"message":"There\'s a problem with this country, even though it may appear correct. Please select a country/territory from the list of valid countries.: Country","errorCode":"FIELD_INTEGRITY_EXCEPTION","fields":["Country"]}]”',
    source: "https://github.com/verbb/formie/issues/963",
  },
  {
    message:
      "There was an error exporting Entry #1167 for Form #38. Here's the error:\n'2016-06-03 14:26:34' is not a valid value for the type xsd:dateTime",
    source: "https://github.com/gravityplus/Gravity-Forms-Salesforce/issues/314",
  },
  {
    message:
      '[{"errorCode":"APEX_ERROR","message":"System.SObjectException: Illegal assignment from String to Date\\n\\nClass.WEB_FormAnyObject_REST.doAnything: line 40, column 1"}]',
    source: "https://github.com/iandrosov/salesforce-web-to-any-object/issues/3",
  },
  {
    message:
      "Salesforce rejected the record because it detected duplicate. This can happen if you attempt to create a record that violates your Salesforce instances's duplicate detection rules. (Salesforce reported: DUPLICATES_DETECTED:Use one of these records?:--)",
    source: "https://docs.polytomic.com/docs/saleforceduplicate_lead_error",
  },
  {
    message:
      "Salesforce rejected the record because it detected duplicates. Duplicate rule 'STANDARD_RULE' matched records: 00Q5f000005hR7ObbZ, 00Q5f000005A19ABbZ.",
    source: "https://docs.polytomic.com/docs/saleforceduplicate_lead_error",
  },
];
