import './tracing';
import 'reflect-metadata';
import { runService } from '@aftersales/infrastructure';
import { intakeService } from './intake-service';

void runService(intakeService);
