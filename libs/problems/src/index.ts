export { PROBLEM_TYPES, PROBLEM_TYPE_BASE, problemTypeForStatus, type ProblemType } from './catalog';
export { fieldMessage } from './field-messages';
export {
  ProblemException,
  flattenValidationErrors,
  type FieldProblem,
  type ProblemOptions,
} from './problem.exception';
export {
  JiynValidationPipe,
  VALIDATOR_OPTIONS,
  createValidationPipe,
  undocumentedNulls,
} from './validation.pipe';
export {
  FORWARDED_URI_HEADER,
  PROBLEM_CONTENT_TYPE,
  ProblemDetailsFilter,
  renderProblem,
  requestSummary,
  sendProblem,
  type ErrorTranslator,
  type ProblemDocument,
} from './problem-details.filter';
export { ParseIdPipe } from './parse-id.pipe';
export {
  MAX_INPUT_DEPTH,
  RejectUnstorableInputPipe,
  unstorableInputProblems,
} from './reject-unstorable-input.pipe';
export { IS_INSTANT, IsInstant } from './instant';
export { HTTPS_URL, IsHttpsUrl, MAX_HTTPS_URL_LENGTH, isHttpsUrl } from './https-url';
export {
  IS_OBJECT,
  OBJECT_ITEMS,
  IsObjectWhenPresent,
  NestedObject,
  NestedObjects,
  ObjectItems,
} from './nested';
export { ParsePositiveIntPipe } from './parse-int-param.pipe';
export { ClearableWithNull, NullAsAbsent, refuseNulls } from './nulls';
export { MultilingualField, MultilingualTextDto } from './multilingual-field';
export {
  PROBLEMS_EXTENSION,
  PROBLEM_SCHEMA,
  ProblemResponses,
  type ProblemStatus,
} from './problem-responses';
export { allowHeader, methodNotAllowed, routedMethods } from './method-not-allowed';
