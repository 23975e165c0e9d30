import { CreateRequest } from '@aftersales/platform';
import { OutletView } from '../../use-case-kit';
import { RegisterOutletDto } from './register-outlet.request.dto';

export class RegisterOutlet extends CreateRequest<OutletView, RegisterOutletDto> {}
