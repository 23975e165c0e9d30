import { CallerQuery } from '@aftersales/platform';
import { SuggestTechniciansQuery } from './suggest-technicians.request.dto';
import { SuggestionsResponse } from './suggest-technicians.response.dto';

export class SuggestTechnicians extends CallerQuery<SuggestionsResponse, SuggestTechniciansQuery> {}
