import './tracing';
import 'reflect-metadata';
import { runService } from '@aftersales/infrastructure';
import { qaService } from './qa-service';

void runService(qaService);
