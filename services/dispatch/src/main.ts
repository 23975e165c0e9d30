import './tracing';
import 'reflect-metadata';
import { runService } from '@aftersales/infrastructure';
import { dispatchService } from './dispatch-service';

void runService(dispatchService);
