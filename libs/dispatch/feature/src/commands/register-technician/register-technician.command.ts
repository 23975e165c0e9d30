import { CreateRequest } from '@aftersales/platform';
import { TechnicianView } from '../../use-case-kit';
import { RegisterTechnicianDto } from './register-technician.request.dto';

export class RegisterTechnician extends CreateRequest<TechnicianView, RegisterTechnicianDto> {}
