import { AggregateRequest } from '@aftersales/platform';
import { QualityCaseView } from '../../case-view';
import { InstructDto } from './instruct-departments.request.dto';

export class InstructDepartments extends AggregateRequest<QualityCaseView, InstructDto> {}
