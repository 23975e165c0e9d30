import { ReturnLineDto, ReturnLines } from '../../return-line.request.dto';

/** POST /returns/{id}/lines: the request's lines as they are now (the whole set). */
export class AmendReturnLinesDto {
  @ReturnLines()
  lines!: ReturnLineDto[];
}
