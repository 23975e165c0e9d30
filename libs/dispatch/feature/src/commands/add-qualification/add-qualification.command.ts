import { AggregateRequest } from '@aftersales/platform';
import { TechnicianView } from '../../use-case-kit';
import { AddQualificationDto } from './add-qualification.request.dto';

export class AddQualification extends AggregateRequest<TechnicianView, AddQualificationDto> {}
